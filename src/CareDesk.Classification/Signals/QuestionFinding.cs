namespace CareDesk.Classification.Signals;

/// <summary>
/// A medical-information request found in a post (R14, R20), with the off-label sub-flag (R21). Product is the configured
/// product name; AskedIndication is the use asked about ("weight loss") or, for a paediatric question with no use named,
/// the population ("5 year old"). Evidence is the question sentence; offsets are UTF-16, End exclusive.
/// </summary>
public sealed record QuestionFinding(
    bool IsMedicalInquiry, bool IsOffLabel, string? Product, string? AskedIndication, string? Evidence, int? Start, int? End)
{
    public static QuestionFinding None { get; } = new(false, false, null, null, null, null, null);
}
