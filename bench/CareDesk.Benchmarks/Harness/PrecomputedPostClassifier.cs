using System.Collections.Concurrent;
using CareDesk.Application.Abstractions;
using CareDesk.Domain.Triage;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// The real classifier's outcomes, computed before the clock starts, so a persistence measurement (S3) times the
/// database and not the model (S2 times the model). Outcomes are the shipped model's, never invented.
/// </summary>
public sealed class PrecomputedPostClassifier(PrecomputedOutcomes outcomes) : IPostClassifier
{
    public string Name => outcomes.ClassifierName;

    public Task<TriageOutcome> ClassifyAsync(TriageInput input, CancellationToken cancellationToken) =>
        Task.FromResult(outcomes.For(input.Text));
}

/// <summary>Outcomes by post text, filled once from the real classifier.</summary>
public sealed class PrecomputedOutcomes
{
    private readonly ConcurrentDictionary<string, TriageOutcome> _byText = new(StringComparer.Ordinal);

    public string ClassifierName { get; private set; } = "unset";

    public async Task FillAsync(IPostClassifier real, IEnumerable<TriageInput> inputs, CancellationToken cancellationToken)
    {
        ClassifierName = real.Name;
        foreach (var input in inputs)
        {
            if (!_byText.ContainsKey(input.Text))
            {
                _byText[input.Text] = await real.ClassifyAsync(input, cancellationToken);
            }
        }
    }

    public TriageOutcome For(string text) =>
        _byText.TryGetValue(text, out var outcome) ? outcome : throw new InvalidOperationException("A post text was not screened before the run.");
}
