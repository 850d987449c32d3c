namespace CareDesk.Domain.Triage;

/// <summary>The snake_case names labels have on the wire, in rules and in exports.</summary>
public static class TriageLabelNames
{
    private static readonly Dictionary<TriageLabel, string> Names = new()
    {
        [TriageLabel.AdverseEvent] = "adverse_event",
        [TriageLabel.ProductComplaint] = "product_complaint",
        [TriageLabel.MedicalInquiry] = "medical_inquiry",
        [TriageLabel.OffLabel] = "off_label",
        [TriageLabel.GeneralInquiry] = "general_inquiry",
        [TriageLabel.Praise] = "praise",
        [TriageLabel.CrisisSignal] = "crisis_signal",
        [TriageLabel.Other] = "other",
    };

    private static readonly Dictionary<string, TriageLabel> ByName =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> All => Names.Values;

    public static string ToName(this TriageLabel label) => Names[label];

    public static bool TryParse(string? name, out TriageLabel label) => ByName.TryGetValue(name?.Trim() ?? string.Empty, out label);
}
