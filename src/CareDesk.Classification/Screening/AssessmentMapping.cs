using System.Globalization;
using CareDesk.Classification.Evidence;
using CareDesk.Domain.Triage;

namespace CareDesk.Classification.Screening;

/// <summary>Turns the evidence extractor's findings into the domain's assessment record and the AE triage hit.</summary>
internal static class AssessmentMapping
{
    public static AdverseEventAssessment ToAssessment(AeEvidence evidence, float score, bool detected, string point, float threshold, string version) => new(
        Math.Round(score, 4),
        detected,
        point,
        Math.Round(threshold, 4),
        version,
        [.. evidence.Drugs.Select(drug => new DrugEvidence(drug.Canonical, drug.Matched, drug.Start, drug.End))],
        [.. evidence.Events.Select(item => new EventEvidence(item.Text, item.Start, item.End, item.Negated, item.IsIndication))],
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(evidence.Experiencer.ToString()),
        new MinimumCriteria(Map(evidence.Criteria.Reporter), Map(evidence.Criteria.Patient), Map(evidence.Criteria.Product), Map(evidence.Criteria.Event)),
        [.. evidence.SpecialSituations.Select(item => new SpecialSituationEvidence(item.Situation.ToString(), item.Text, item.Start, item.End))]);

    /// <summary>The hit shown as "why": the first reaction span, else the first drug, else the score itself.</summary>
    public static RuleHit AdverseEventHit(AeEvidence evidence, float score, string version)
    {
        var source = string.Create(CultureInfo.InvariantCulture, $"{version} score {score:0.00}");
        if (evidence.ReactionEvents.FirstOrDefault() is { } reaction)
        {
            return new RuleHit(source, TriageLabel.AdverseEvent, Priority.High, reaction.Text, reaction.Start, reaction.End - reaction.Start);
        }

        return evidence.Drugs.FirstOrDefault() is { } drug
            ? new RuleHit(source, TriageLabel.AdverseEvent, Priority.High, drug.Matched, drug.Start, drug.End - drug.Start)
            : new RuleHit(source, TriageLabel.AdverseEvent, Priority.High, "(whole text)", 0, 0);
    }

    private static CriterionEvidence Map(Criterion criterion) => new(criterion.Met, criterion.Evidence, criterion.Start, criterion.End);
}
