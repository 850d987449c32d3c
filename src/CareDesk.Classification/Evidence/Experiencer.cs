namespace CareDesk.Classification.Evidence;

/// <summary>Whose experience a post describes.</summary>
public enum Experiencer
{
    /// <summary>The poster themself ("I", "me", "my").</summary>
    Self,

    /// <summary>An identifiable other person the poster knows ("my mom", "my 5yo").</summary>
    KnownOther,

    /// <summary>A general statement with no identifiable patient ("cymbalta can cause nausea").</summary>
    General,
}
