using System.Security.Cryptography;
using System.Text;
using CareDesk.Domain.Common;
using CareDesk.Domain.Replies.Approvals.Rules;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Replies.Approvals;

/// <summary>
/// A reply held back from the outbox until its approval path is complete (product rows 30-31, 34). It keeps the
/// approved template text next to the proposed text, the path as configured when it was raised, and every signed
/// decision. Only the final approval lets the reply be sent; a rejection or the expiry ends it.
/// </summary>
public sealed class ReplyApprovalRequest
{
    public const int MaxProposedTextLength = ResponseTemplate.MaxBodyLength;

    private ReplyApprovalRequest()
    {
        JobCode = string.Empty;
        TemplateText = string.Empty;
        ProposedText = string.Empty;
        ProposedTextSha256 = string.Empty;
        RequestedBy = string.Empty;
        Variables = [];
        Triggers = [];
        Tiers = [];
        Decisions = [];
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid ChannelId { get; private set; }

    public string? InReplyToExternalId { get; private set; }

    public Guid TemplateId { get; private set; }

    public int TemplateVersion { get; private set; }

    public string JobCode { get; private set; }

    public Dictionary<string, string> Variables { get; private set; }

    /// <summary>The template rendered with the agent's values, exactly as MLR approved it.</summary>
    public string TemplateText { get; private set; }

    /// <summary>What would be sent: the template text, or the agent's edited version of it.</summary>
    public string ProposedText { get; private set; }

    public string ProposedTextSha256 { get; private set; }

    public List<ApprovalTrigger> Triggers { get; private set; }

    public bool ResolveAfterSending { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The path as configured when the request was raised; later configuration changes do not move it.</summary>
    public List<ApprovalTier> Tiers { get; private set; }

    /// <summary>1-based tier now waiting for decisions.</summary>
    public int CurrentTier { get; private set; }

    public List<ApprovalDecision> Decisions { get; private set; }

    public ApprovalStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The reply recorded in the outbox after the final approval.</summary>
    public Guid? ReplyId { get; private set; }

    public ApprovalTier CurrentTierDefinition => Tiers[CurrentTier - 1];

    public static ReplyApprovalRequest Raise(
        Guid caseId, Guid channelId, string? inReplyToExternalId, ResponseTemplate template, IReadOnlyDictionary<string, string> variables,
        string templateText, string proposedText, IEnumerable<ApprovalTrigger> triggers, bool resolveAfterSending,
        ReplyApprovalPolicy policy, string requestedBy, DateTimeOffset at) => new()
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            ChannelId = channelId,
            InReplyToExternalId = inReplyToExternalId,
            TemplateId = template.Id,
            TemplateVersion = template.Version,
            JobCode = template.JobCode,
            Variables = new Dictionary<string, string>(variables),
            TemplateText = templateText,
            ProposedText = proposedText,
            ProposedTextSha256 = Sha256Of(proposedText),
            Triggers = triggers.Distinct().ToList(),
            ResolveAfterSending = resolveAfterSending,
            RequestedBy = requestedBy,
            RequestedAt = at,
            ExpiresAt = at + policy.ExpiresAfter,
            Tiers = policy.Tiers.ToList(),
            CurrentTier = 1,
            Status = ApprovalStatus.Pending,
        };

    public bool HasLapsed(DateTimeOffset now) => Status == ApprovalStatus.Pending && now >= ExpiresAt;

    /// <summary>
    /// Records one signed decision. A rejection ends the request; an approval that completes the last tier approves
    /// it; one that completes an earlier tier moves it to the next.
    /// </summary>
    public ApprovalDecision Decide(string approver, string displayName, string role, bool approve, string? reason, DateTimeOffset at)
    {
        BusinessRules.Check(new ApprovalRequestMustBeOpenRule(this, at));
        BusinessRules.Check(new ApproverMustNotBeTheAuthorRule(this, approver));
        BusinessRules.Check(new ApproverMustBelongToTheCurrentTierRule(this, approver, role));
        BusinessRules.Check(new RejectionMustGiveAReasonRule(approve, reason));

        var decision = new ApprovalDecision(CurrentTier, approver, displayName, role, at,
            approve ? ApprovalDecision.Approved : ApprovalDecision.Rejected, ProposedTextSha256, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        Decisions = [.. Decisions, decision];
        if (!approve)
        {
            Close(ApprovalStatus.Rejected, at);
            return decision;
        }

        var approvalsThisTier = Decisions.Where(item => item.Tier == CurrentTier && item.IsApproval).Select(item => (item.UserName, item.Role)).ToList();
        if (CurrentTierDefinition.IsSatisfiedBy(approvalsThisTier))
        {
            if (CurrentTier == Tiers.Count)
            {
                Close(ApprovalStatus.Approved, at);
            }
            else
            {
                CurrentTier++;
            }
        }

        return decision;
    }

    public void Lapse(DateTimeOffset at)
    {
        if (HasLapsed(at))
        {
            Close(ApprovalStatus.Lapsed, at);
        }
    }

    public void MarkSent(Guid replyId) => ReplyId = replyId;

    /// <summary>Whether the text now held still is the text every approver signed (a signature binds to the content).</summary>
    public bool TextMatchesSignatures() =>
        Sha256Of(ProposedText) == ProposedTextSha256 && Decisions.All(decision => decision.TextSha256 == ProposedTextSha256);

    public static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private void Close(ApprovalStatus status, DateTimeOffset at)
    {
        Status = status;
        ClosedAt = at;
    }
}
