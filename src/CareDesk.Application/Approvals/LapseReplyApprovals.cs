using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Replies.Approvals;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Approvals;

/// <summary>Marks every pending approval request past its expiry as lapsed (audited); run by the background sweep.</summary>
public sealed class LapseReplyApprovalsHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.ReplyApprovals.Where(request => request.Status == ApprovalStatus.Pending && request.ExpiresAt <= now).ToListAsync(cancellationToken);
        foreach (var request in due)
        {
            request.Lapse(now);
            audit.Record("reply.approval_lapsed", "ReplyApproval", request.Id, new { status = ApprovalStatus.Pending }, new { request.Status, request.ExpiresAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
