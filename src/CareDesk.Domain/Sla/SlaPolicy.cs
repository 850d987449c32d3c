using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Sla;

/// <summary>The service targets a case gets from its labels. The tightest target of all labels wins.</summary>
public sealed record SlaPolicy(
    TimeSpan FirstResponseDefault,
    IReadOnlyDictionary<TriageLabel, TimeSpan> FirstResponseByLabel,
    int PvHandoffBusinessDays,
    double WarningFraction)
{
    public static SlaPolicy Default { get; } = new(
        TimeSpan.FromHours(4),
        new Dictionary<TriageLabel, TimeSpan>
        {
            [TriageLabel.AdverseEvent] = TimeSpan.FromHours(1),
            [TriageLabel.ProductComplaint] = TimeSpan.FromHours(1),
            [TriageLabel.CrisisSignal] = TimeSpan.FromMinutes(30),
        },
        PvHandoffBusinessDays: 1,
        WarningFraction: 0.75);

    public SlaTarget FirstResponseFor(IEnumerable<TriageLabel> labels)
    {
        var tightest = labels
            .Select(label => FirstResponseByLabel.TryGetValue(label, out var span) ? span : FirstResponseDefault)
            .DefaultIfEmpty(FirstResponseDefault)
            .Min();
        return new SlaTarget(tightest, null);
    }

    public SlaTarget PvHandoff => SlaTarget.Days(PvHandoffBusinessDays);
}
