namespace CareDesk.Domain.Replies.Approvals;

/// <summary>
/// One signed decision on a reply (Part 11 style): who (user and printed name), when, with which meaning, for which
/// exact text (its SHA-256), at which tier, and why. Given only after the approver re-entered the password.
/// </summary>
public sealed record ApprovalDecision(
    int Tier, string UserName, string DisplayName, string Role, DateTimeOffset At, string Meaning, string TextSha256, string? Reason)
{
    public const string Approved = "Reply approved";
    public const string Rejected = "Reply rejected";

    public bool IsApproval => Meaning == Approved;
}
