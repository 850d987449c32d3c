namespace CareDesk.Domain.Security;

/// <summary>One notification an incident may call for, with its due time and, once done, who did it and when.</summary>
public sealed record NotificationStep(string Name, DateTimeOffset DueAt, DateTimeOffset? CompletedAt = null, string? CompletedBy = null, string? Note = null)
{
    public bool IsDone => CompletedAt is not null;
}
