using CareDesk.Domain.Triage;

namespace CareDesk.Application.Abstractions;

/// <summary>
/// Screens one post into triage labels with priority and evidence. The rule engine implements it today;
/// a trained adverse-event detector can replace or join it without touching the use cases.
/// </summary>
public interface IPostClassifier
{
    /// <summary>Name and version recorded with every outcome, so an inspector can tell which screening ran.</summary>
    string Name { get; }

    Task<TriageOutcome> ClassifyAsync(TriageInput input, CancellationToken cancellationToken);
}
