using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Csat;
using CareDesk.Application.Training;
using CareDesk.Domain.Common;
using CareDesk.Domain.Replies.Approvals;
using CareDesk.Domain.Signatures;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Approvals;

public sealed record DecideReplyApprovalCommand(Guid RequestId, bool Approve, string? Reason, string? Password, string? SignerUserName = null);

public sealed record DecideReplyApprovalResult(ApprovalStatus Status, int CurrentTier, Guid? ReplyId, ApprovalDecision? Decision);

/// <summary>
/// An approver signs a decision on a held reply after re-entering the password (Part 11 re-authentication). The
/// final approval records the reply in the outbox with its template id and version; a rejection ends the request.
/// A request past its expiry is marked lapsed instead, and nothing is sent.
/// </summary>
public sealed class DecideReplyApprovalHandler(
    IAppDbContext db, IOutboundChannel outbound, AuditTrail audit, CsatSurveySender csat, Reauthentication reauthentication, TimeProvider time,
    TrainingGate training)
{
    public async Task<DecideReplyApprovalResult> HandleAsync(DecideReplyApprovalCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("password", command.Password).ThrowIfInvalid();
        var approver = await reauthentication.SignerAsync(command.SignerUserName, command.Password, cancellationToken);

        var request = await db.ReplyApprovals.SingleOrDefaultAsync(item => item.Id == command.RequestId, cancellationToken)
            ?? throw new NotFoundException("Reply approval", command.RequestId);
        await training.RequireCurrentAsync(approver, "approve replies",
            await db.Channels.Where(channel => channel.Id == request.ChannelId).Select(channel => (Guid?)channel.BrandId).SingleOrDefaultAsync(cancellationToken), cancellationToken);
        var now = time.GetUtcNow();
        if (request.HasLapsed(now))
        {
            request.Lapse(now);
            audit.Record("reply.approval_lapsed", "ReplyApproval", request.Id, new { status = ApprovalStatus.Pending }, new { request.Status, request.ExpiresAt });
            await db.SaveChangesAsync(cancellationToken);
        }

        var before = new { request.Status, request.CurrentTier };
        var decision = request.Decide(approver.UserName, approver.DisplayName, approver.Role.ToString(), command.Approve, command.Reason, now);
        audit.Record(command.Approve ? "reply.approved" : "reply.rejected", "ReplyApproval", request.Id, before,
            new { request.Status, request.CurrentTier, decision }, decision.Reason);
        db.Signatures.Add(SignatureOf(decision, request, approver));

        if (request.Status == ApprovalStatus.Approved)
        {
            await SendApprovedAsync(request, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DecideReplyApprovalResult(request.Status, request.CurrentTier, request.ReplyId, decision);
    }

    /// <summary>
    /// The decision is also a Part 11 signature row like an MLR review (R31, R32): one shape for every e-signature,
    /// bound to the SHA-256 of the exact reply text the approver saw.
    /// </summary>
    private static ElectronicSignature SignatureOf(ApprovalDecision decision, ReplyApprovalRequest request, UserAccount approver) =>
        ElectronicSignature.Sign(nameof(ReplyApprovalRequest), request.Id, decision.TextSha256, approver.Id, approver.UserName, approver.DisplayName,
            decision.IsApproval ? SignatureMeaning.ReplyApproved : SignatureMeaning.ReplyRejected, role: null, decision.At, decision.Reason);

    private async Task SendApprovedAsync(ReplyApprovalRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        BusinessRules.Check(new Domain.Replies.Approvals.Rules.ApprovedTextMustMatchSignaturesRule(request));
        var subject = await db.Cases.Include(item => item.Clocks).SingleAsync(item => item.Id == request.CaseId, cancellationToken);
        var channel = await db.Channels.SingleAsync(item => item.Id == request.ChannelId, cancellationToken);
        var template = await db.Templates.SingleAsync(item => item.Id == request.TemplateId, cancellationToken);
        var calendar = await db.LoadCalendarForAsync(subject, cancellationToken);
        var reply = await ReplyDispatch.SendAsync(db, outbound, audit, csat, subject, channel, calendar, template, request.Variables, request.ProposedText,
            request.InReplyToExternalId, request.RequestedBy, request.ResolveAfterSending, now, request.Id, cancellationToken);
        request.MarkSent(reply.Id);
    }
}
