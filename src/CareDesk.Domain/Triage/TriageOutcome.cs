namespace CareDesk.Domain.Triage;

/// <summary>The result of screening one post: labels (at least one), priority and the evidence for each label.</summary>
public sealed record TriageOutcome(IReadOnlyList<TriageLabel> Labels, Priority Priority, IReadOnlyList<RuleHit> Hits, string Classifier)
{
    /// <summary>The adverse-event detector's assessment, when a trained detector screened the post.</summary>
    public AdverseEventAssessment? AdverseEvent { get; init; }

    /// <summary>Language, sentiment, reporter role and personal-data hints, when analysed.</summary>
    public PostSignals? Signals { get; init; }

    /// <summary>Builds an outcome from hits: no hit means <see cref="TriageLabel.Other"/>; priority is raised to each label's floor.</summary>
    public static TriageOutcome FromHits(IEnumerable<RuleHit> hits, string classifier)
    {
        var hitList = hits.ToList();
        var labels = hitList.Select(hit => hit.Label).Distinct().Order().ToList();
        if (labels.Count == 0)
        {
            return new TriageOutcome([TriageLabel.Other], Priority.Low, hitList, classifier);
        }

        var priority = hitList.Select(hit => hit.Priority).Concat(labels.Select(PriorityFloor)).Max();
        return new TriageOutcome(labels, priority, hitList, classifier);
    }

    public bool Has(TriageLabel label) => Labels.Contains(label);

    /// <summary>Safety-relevant labels never sort below these, whatever a rule says.</summary>
    public static Priority PriorityFloor(TriageLabel label) => label switch
    {
        TriageLabel.CrisisSignal => Priority.Urgent,
        TriageLabel.AdverseEvent => Priority.High,
        TriageLabel.ProductComplaint => Priority.High,
        TriageLabel.MedicalInquiry or TriageLabel.OffLabel or TriageLabel.GeneralInquiry => Priority.Normal,
        TriageLabel.Praise or TriageLabel.Other => Priority.Low,
    };
}
