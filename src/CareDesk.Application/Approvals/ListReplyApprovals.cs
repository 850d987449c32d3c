using CareDesk.Application.Abstractions;
using CareDesk.Domain.Replies.Approvals;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Approvals;

public sealed record ReplyApprovalDto(
    Guid Id, int CaseNumber, string CaseAuthor, string JobCode, int TemplateVersion, string TemplateName, string TemplateText, string ProposedText,
    string ProposedTextSha256, IReadOnlyList<ApprovalTrigger> Triggers, string RequestedBy, DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt,
    ApprovalStatus Status, int CurrentTier, IReadOnlyList<string> Tiers, IReadOnlyList<ApprovalDecision> Decisions, Guid? ReplyId, bool IsLapsed);

public sealed record ListReplyApprovalsQuery(bool PendingOnly = true);

/// <summary>The approval queue: held replies with the approved template text next to the proposed text, oldest first.</summary>
public sealed class ListReplyApprovalsHandler(IAppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<ReplyApprovalDto>> HandleAsync(ListReplyApprovalsQuery query, CancellationToken cancellationToken)
    {
        var requests = db.ReplyApprovals.AsNoTracking();
        if (query.PendingOnly)
        {
            requests = requests.Where(request => request.Status == ApprovalStatus.Pending);
        }

        var rows = await (from request in requests
                          join subject in db.Cases on request.CaseId equals subject.Id
                          join template in db.Templates on request.TemplateId equals template.Id
                          orderby request.RequestedAt
                          select new { request, subject.Number, subject.Author, template.Name }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return rows.Select(row => new ReplyApprovalDto(
            row.request.Id, row.Number, row.Author, row.request.JobCode, row.request.TemplateVersion, row.Name, row.request.TemplateText,
            row.request.ProposedText, row.request.ProposedTextSha256, row.request.Triggers, row.request.RequestedBy, row.request.RequestedAt,
            row.request.ExpiresAt, row.request.Status, row.request.CurrentTier, row.request.Tiers.Select(tier => tier.ToString()).ToList(),
            row.request.Decisions, row.request.ReplyId, row.request.HasLapsed(now))).ToList();
    }
}
