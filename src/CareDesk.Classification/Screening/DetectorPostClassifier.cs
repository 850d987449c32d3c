using CareDesk.Application.Abstractions;
using CareDesk.Domain.Triage;

namespace CareDesk.Classification.Screening;

/// <summary>
/// The production screening: the configured rules keep every label except adverse events, which the trained
/// detector decides (rule AE hits are dropped, so one operating point governs PV's workload); complaint and
/// question detectors add to the rules; every outcome carries the model version, its AE assessment and signals.
/// </summary>
public sealed class DetectorPostClassifier(IPostClassifier rules, PostScreener screener) : IPostClassifier
{
    public string Name => $"{rules.Name}+{screener.ModelVersion}";

    public async Task<TriageOutcome> ClassifyAsync(TriageInput input, CancellationToken cancellationToken)
    {
        var fromRules = await rules.ClassifyAsync(input, cancellationToken);
        var screening = screener.Screen(input);
        var hits = fromRules.Hits.Where(hit => hit.Label != TriageLabel.AdverseEvent).Concat(screening.Hits);
        return TriageOutcome.FromHits(hits, Name) with { AdverseEvent = screening.AdverseEvent, Signals = screening.Signals };
    }
}
