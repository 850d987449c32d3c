using CareDesk.Domain.Common;

namespace CareDesk.Domain.Replies.Approvals.Rules;

/// <summary>A signature binds to the content: text that no longer hashes to what every approver signed is not sent (R32).</summary>
public sealed class ApprovedTextMustMatchSignaturesRule(ReplyApprovalRequest request) : IBusinessRule
{
    public bool IsBroken() => !request.TextMatchesSignatures();

    public string Message => "The reply text changed after it was signed; it must be approved again.";

    public string? Field => "proposedText";
}
