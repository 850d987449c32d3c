using CareDesk.Domain.Listening.Anomalies;

namespace CareDesk.Application.Listening;

/// <summary>What one check found in one brand's hour, before it becomes a <see cref="ListeningAlert"/>.</summary>
public sealed record AlertCandidate(ListeningAlertKind Kind, int Severity, int Observed, double Expected, string Summary, IReadOnlyList<Guid> PostIds);
