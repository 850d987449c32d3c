namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>How PV files an intake: a (possible) ICSR, or a special situation without an adverse event for aggregate/PSUR review (R6).</summary>
public static class PvClassification
{
    public const string AdverseEvent = "adverse event";
    public const string SpecialSituationWithoutAdverseEvent = "special situation – no AE";

    /// <summary>The tag R6 asks for on items that are not ICSRs but must reach periodic review.</summary>
    public const string NonIcsrTag = "non-ICSR, for aggregate/PSUR review";
}
