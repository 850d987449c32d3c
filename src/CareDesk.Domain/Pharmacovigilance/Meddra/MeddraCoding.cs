namespace CareDesk.Domain.Pharmacovigilance.Meddra;

/// <summary>An event coded to a MedDRA LLT (E.i.2.1b) of one version (E.i.2.1a), with the PT it belongs to there.</summary>
public sealed record MeddraCoding(string Version, int LltCode, string LltName, int PtCode, string PtName);

/// <summary>
/// A suggestion from an open vocabulary (e.g. NCI CTCAE) for triage before a MedDRA licence is at hand (R11). It is never
/// exported: an event carrying only a pre-code blocks the ICSR.
/// </summary>
public sealed record PreCode(string Vocabulary, string Code, string Term)
{
    public const int MaxVocabularyLength = 30;
    public const int MaxCodeLength = 30;
    public const int MaxTermLength = 200;
}
