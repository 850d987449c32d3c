namespace CareDesk.Domain.Triage;

public enum TriageMatchKind
{
    /// <summary>Fires when any term occurs as a whole word or phrase (a trailing * matches any word ending).</summary>
    AnyTerm,

    /// <summary>Fires when every term occurs.</summary>
    AllTerms,

    /// <summary>Each term is a .NET regular expression; fires when any matches.</summary>
    Regex,
}
