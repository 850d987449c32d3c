using System.Text.RegularExpressions;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Pharmacovigilance;

/// <summary>
/// The screening's findings turned into suggested R6 flags and an "AE reported?" answer for the PV reviewer, who
/// confirms or edits them. The detector names five kinds; the words it matched refine them (abuse and off-label use
/// are kinds of misuse to it; breast-feeding and a partner's pregnancy are pregnancy exposures).
/// </summary>
internal static partial class SpecialSituationSuggestions
{
    public static IReadOnlyList<SpecialSituation> From(Post post)
    {
        var found = new List<SpecialSituation>();
        foreach (var evidence in post.AdverseEvent?.SpecialSituations ?? [])
        {
            found.Add(Map(evidence, post.Text));
        }

        if (post.Labels.Contains(TriageLabel.OffLabel))
        {
            found.Add(SpecialSituation.OffLabelUse);
        }

        if (post.Evidence.Any(hit => hit.Source.Contains("counterfeit", StringComparison.OrdinalIgnoreCase)))
        {
            found.Add(SpecialSituation.CounterfeitProduct);
        }

        return [.. found.Distinct().Order()];
    }

    /// <summary>
    /// An adverse event is reported when the detector found one with a reaction that is neither negated nor the
    /// indication. A special-situation hit alone ("took a double dose, felt fine") is not one. Without a detector
    /// assessment (rule screening only), the AE label is taken at its word.
    /// </summary>
    public static bool ReportsAdverseEvent(Post post) => post.AdverseEvent is { } assessment
        ? assessment.Detected && assessment.Events.Any(item => !item.Negated && !item.IsIndication)
        : post.Labels.Contains(TriageLabel.AdverseEvent);

    private static SpecialSituation Map(SpecialSituationEvidence evidence, string text) => evidence.Kind switch
    {
        "PregnancyExposure" when Regex.IsMatch(evidence.Text, "breast|nursing", RegexOptions.IgnoreCase) => SpecialSituation.BreastFeedingExposure,
        "PregnancyExposure" when PartnerPregnant().IsMatch(text) => SpecialSituation.PregnancyPaternalExposure,
        "PregnancyExposure" => SpecialSituation.PregnancyMaternalExposure,
        "Overdose" => SpecialSituation.Overdose,
        "Misuse" when Regex.IsMatch(evidence.Text, "off[- ]?label", RegexOptions.IgnoreCase) => SpecialSituation.OffLabelUse,
        "Misuse" when Regex.IsMatch(evidence.Text, "abus|high|recreational|for fun|snort", RegexOptions.IgnoreCase) => SpecialSituation.Abuse,
        "Misuse" => SpecialSituation.Misuse,
        "LackOfEffect" => SpecialSituation.LackOfEfficacy,
        _ => SpecialSituation.MedicationError,
    };

    [GeneratedRegex(@"\b(?:my|our)\s+(?:wife|girlfriend|partner)\s+(?:is|'s|just got|got)\b[^.!?]{0,30}\bpregnant\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartnerPregnant();
}
