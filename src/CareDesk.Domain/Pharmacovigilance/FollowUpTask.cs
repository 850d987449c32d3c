namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>One scheduled follow-up attempt (R8) and, once made, how it was made and what came of it.</summary>
public sealed record FollowUpTask(
    int Sequence,
    DateTimeOffset DueAt,
    DateTimeOffset? AttemptedAt = null,
    FollowUpChannel? Channel = null,
    string? TemplateJobCode = null,
    int? TemplateVersion = null,
    string? Agent = null,
    string? Outcome = null,
    DateTimeOffset? CancelledAt = null,
    string? CancelReason = null)
{
    public const int MaxOutcomeLength = 500;

    public bool IsDone => AttemptedAt is not null;

    /// <summary>Cancelled, for example because the reporter withdrew consent to private contact (R41).</summary>
    public bool IsCancelled => CancelledAt is not null;

    public bool IsOpen => !IsDone && !IsCancelled;
}
