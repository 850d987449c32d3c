namespace CareDesk.Domain.CallCenter;

/// <summary>
/// A phone contact imported from the call-centre system, so phone and social appear in the same report (channel
/// "phone"). Only what the metrics need is kept: no caller number or name.
/// </summary>
public sealed class CallCenterInteraction
{
    public const int MaxInteractionIdLength = 100;
    public const int MaxNameLength = 100;

    private CallCenterInteraction()
    {
        InteractionId = string.Empty;
        Brand = string.Empty;
        Labels = [];
    }

    public Guid Id { get; private set; }

    /// <summary>The call-centre system's own id: importing the same id again changes nothing.</summary>
    public string InteractionId { get; private set; }

    public string Brand { get; private set; }

    public string? Team { get; private set; }

    public string? Agent { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When an agent picked up; null for an abandoned call.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public List<Triage.TriageLabel> Labels { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public static CallCenterInteraction Import(string interactionId, string brand, string? team, string? agent, DateTimeOffset startedAt,
        DateTimeOffset? answeredAt, DateTimeOffset? endedAt, IEnumerable<Triage.TriageLabel> labels, DateTimeOffset importedAt) => new()
        {
            Id = Guid.NewGuid(),
            InteractionId = interactionId.Trim(),
            Brand = brand.Trim(),
            Team = string.IsNullOrWhiteSpace(team) ? null : team.Trim(),
            Agent = string.IsNullOrWhiteSpace(agent) ? null : agent.Trim(),
            StartedAt = startedAt,
            AnsweredAt = answeredAt,
            EndedAt = endedAt,
            Labels = labels.Distinct().Order().ToList(),
            ImportedAt = importedAt,
        };
}
