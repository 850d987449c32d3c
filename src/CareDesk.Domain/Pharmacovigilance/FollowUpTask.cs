namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>One scheduled follow-up attempt (R8, or a <see cref="Purpose"/> such as the pregnancy outcome) and, once made, how it was made and what came of it.</summary>
public sealed record FollowUpTask(
    int Sequence,
    DateTimeOffset DueAt,
    DateTimeOffset? AttemptedAt = null,
    FollowUpChannel? Channel = null,
    string? TemplateJobCode = null,
    int? TemplateVersion = null,
    string? Agent = null,
    string? Outcome = null,
    string? Purpose = null,
    DateTimeOffset? CancelledAt = null,
    string? CancelReason = null)
{
    public const int MaxOutcomeLength = 500;

    /// <summary>The purpose of a task that is not a routine R8 attempt (R6: pregnancy cases are followed up to the outcome).</summary>
    public const string PregnancyOutcome = "pregnancy outcome";

    public bool IsDone => AttemptedAt is not null;

    /// <summary>Cancelled, for example because the reporter withdrew consent to private contact (R41).</summary>
    public bool IsCancelled => CancelledAt is not null;

    public bool IsOpen => !IsDone && !IsCancelled;
}
