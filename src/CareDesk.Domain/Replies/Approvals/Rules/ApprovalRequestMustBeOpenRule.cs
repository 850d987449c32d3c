using System.Globalization;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Replies.Approvals.Rules;

/// <summary>A decided or lapsed request takes no further decisions; the author must propose the reply again.</summary>
public sealed class ApprovalRequestMustBeOpenRule(ReplyApprovalRequest request, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => request.Status != ApprovalStatus.Pending || request.HasLapsed(now);

    public string Message => request.Status == ApprovalStatus.Pending && request.HasLapsed(now) || request.Status == ApprovalStatus.Lapsed
        ? string.Create(CultureInfo.InvariantCulture, $"This approval request expired at {request.ExpiresAt:u}; propose the reply again.")
        : $"This approval request is already {request.Status.ToString().ToLowerInvariant()}.";

    public string? Field => "requestId";
}
