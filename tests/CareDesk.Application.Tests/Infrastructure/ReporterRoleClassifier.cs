using CareDesk.Application.Abstractions;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Tests.Infrastructure;

/// <summary>The rule-based screening plus the reporter-role signal the trained detector would add, fixed for a test.</summary>
public sealed class ReporterRoleClassifier(IPostClassifier inner, string reporterRole) : IPostClassifier
{
    public string Name => inner.Name;

    public async Task<TriageOutcome> ClassifyAsync(TriageInput input, CancellationToken cancellationToken) =>
        await inner.ClassifyAsync(input, cancellationToken) with { Signals = new PostSignals("en", 1, "neutral", 0, reporterRole, []) };
}
