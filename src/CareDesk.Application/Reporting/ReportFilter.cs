using CareDesk.Domain.Triage;

namespace CareDesk.Application.Reporting;

/// <summary>Which conversations a report covers: those opened in [From, To), optionally narrowed to one brand, channel, team, agent or label.</summary>
public sealed record ReportFilter(
    DateTimeOffset From,
    DateTimeOffset To,
    string? Brand = null,
    string? Channel = null,
    string? Team = null,
    string? Agent = null,
    TriageLabel? Label = null);

/// <summary>What the metrics are broken down by.</summary>
public enum ReportDimension
{
    Channel,
    Team,
    Agent,
    Brand,
    Label,
}
