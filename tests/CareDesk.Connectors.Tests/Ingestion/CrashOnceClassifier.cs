using CareDesk.Application.Abstractions;
using CareDesk.Application.Triage;
using CareDesk.Domain.Triage;

namespace CareDesk.Connectors.Tests.Ingestion;

/// <summary>Screens with the default rules, but fails the first time it meets a marker word: a crash mid-batch.</summary>
internal sealed class CrashOnceClassifier(string marker) : IPostClassifier
{
    private readonly InMemoryRuleClassifier _rules = new(DefaultTriageRules.CreateRules(DateTimeOffset.UnixEpoch));
    private bool _crashed;

    public string Name => _rules.Name;

    public Task<TriageOutcome> ClassifyAsync(TriageInput input, CancellationToken cancellationToken)
    {
        if (!_crashed && input.Text.Contains(marker, StringComparison.Ordinal))
        {
            _crashed = true;
            throw new InvalidOperationException("simulated crash while storing");
        }

        return _rules.ClassifyAsync(input, cancellationToken);
    }
}
