using CareDesk.Application.Abstractions;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Triage;

/// <summary>Screens with a fixed rule set and no database; the CLI's batch classify uses it.</summary>
public sealed class InMemoryRuleClassifier(IReadOnlyList<TriageRule> rules) : IPostClassifier
{
    public string Name => RuleSetClassifier.Name;

    public Task<TriageOutcome> ClassifyAsync(TriageInput input, CancellationToken cancellationToken) =>
        Task.FromResult(RuleSetClassifier.Classify(rules, input));
}
