using CareDesk.Application.Abstractions;
using CareDesk.Application.Approvals;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Application.Contacts;
using CareDesk.Application.Csat;
using CareDesk.Application.Training;
using CareDesk.Domain.Common;
using CareDesk.Domain.Replies.Approvals;
using CareDesk.Domain.Replies.Rules;
using CareDesk.Domain.Templates.Rules;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Cases;

/// <param name="ProposedText">The agent's edited text, when it deviates from the template; it then needs approval.</param>
public sealed record SendTemplateReplyCommand(
    int CaseNumber, Guid? TemplateId, IReadOnlyDictionary<string, string>? Variables, bool ResolveAfterSending, string? ProposedText = null);

/// <summary>Either the reply that went out (<see cref="ReplyId"/>, stamped with its material id, R50) or the approval request holding it back.</summary>
public sealed record SendTemplateReplyResult(
    Guid? ReplyId, string Text, string JobCode, Guid? ApprovalRequestId = null, IReadOnlyList<ApprovalTrigger>? Triggers = null, string? MaterialId = null, int? TemplateVersion = null)
{
    public bool AwaitsApproval => ApprovalRequestId is not null;
}

/// <summary>
/// Replies with an approved template whose declared variables the agent filled. The exact approved text in an
/// allowed channel goes out at once; edited text, an expired template, a risky author (HCP, journalist) or an
/// adverse-event case raise an approval request instead, and nothing reaches the outbox until it is approved.
/// A public off-label question only ever gets a redirect-to-Medical-Information template (R21); a template must be
/// approved for the case's channel and market (R24, R25), and HCP-only content reaches only staff-verified HCPs (R25).
/// </summary>
public sealed class SendTemplateReplyHandler(
    IAppDbContext db, IOutboundChannel outbound, AuditTrail audit, CsatSurveySender csat, ICurrentActor actor, TimeProvider time,
    IOptions<ReplyApprovalOptions> approvalOptions, TrainingGate training, Policy.ResponsePolicy policy)
{
    public async Task<SendTemplateReplyResult> HandleAsync(SendTemplateReplyCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("templateId", command.TemplateId)
            .MaxLength("proposedText", command.ProposedText, ReplyApprovalRequest.MaxProposedTextLength).ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        await training.RequireCurrentOnChannelAsync(subject.ChannelId, "reply", cancellationToken);
        var template = await db.Templates.SingleOrDefaultAsync(item => item.Id == command.TemplateId, cancellationToken)
            ?? throw ValidationFailedException.For("templateId", $"Template '{command.TemplateId}' does not exist.");
        var channel = await db.Channels.SingleAsync(item => item.Id == subject.ChannelId, cancellationToken);
        var posts = await db.Posts.Where(post => post.CaseId == subject.Id).OrderByDescending(post => post.ReceivedAt).ToListAsync(cancellationToken);
        var latest = posts.FirstOrDefault();
        BusinessRules.Check(new OffLabelQuestionGetsOnlyRedirectTemplatesRule(subject.Labels, latest?.IsPublic ?? false, template));
        var author = await AuthorStanding.OfCaseAsync(db, subject.Id, cancellationToken);
        BusinessRules.Check(new HcpTemplateNeedsVerifiedHcpRule(template, author.VerifiedHcp));
        await policy.CheckReplyAsync(channel, subject.Labels, template.JobCode, cancellationToken);

        var now = time.GetUtcNow();
        var values = command.Variables ?? new Dictionary<string, string>();
        var calendar = await db.LoadCalendarForAsync(subject, cancellationToken);
        var today = calendar.LocalDateOf(now);
        var triggers = new List<ApprovalTrigger>();
        var expired = template.Status == Domain.Templates.TemplateStatus.Approved && today > template.ValidUntil;
        if (expired)
        {
            triggers.Add(ApprovalTrigger.TemplateExpired);
        }

        // An expired template is rendered as on its last valid day, so approvers see the text MLR approved; any
        // other refusal (not approved, wrong channel, bad values) still stops the reply here.
        var templateText = template.Render(values, expired ? template.ValidUntil : today, channel.Kind, channel.Market);
        var text = string.IsNullOrWhiteSpace(command.ProposedText) ? templateText : command.ProposedText.Trim();
        await Promotion.PromotionalChecks.RequireSendableAsync(db, template, text, channel, latest?.IsPublic ?? channel.PublicByDefault, cancellationToken);
        if (text != templateText)
        {
            // An edit of a public reply must not echo the user's health details or identity, approved or not (R43c).
            BusinessRules.Check(new PublicReplyMustNotEchoHealthOrPiiRule(latest?.IsPublic ?? false, text, templateText));
            triggers.Add(ApprovalTrigger.TextDeviation);
        }

        var risky = approvalOptions.Value.RiskyReporterRoles;
        if (posts.Any(post => post.Signals is { } signals && risky.Contains(signals.ReporterRole, StringComparer.OrdinalIgnoreCase)))
        {
            triggers.Add(ApprovalTrigger.RiskyAuthor);
        }

        if (author.IsInfluential)
        {
            triggers.Add(ApprovalTrigger.InfluentialAuthor);
        }

        if (subject.Labels.Contains(TriageLabel.AdverseEvent))
        {
            triggers.Add(ApprovalTrigger.AdverseEventCase);
        }

        if (triggers.Count > 0)
        {
            var request = ReplyApprovalRequest.Raise(subject.Id, channel.Id, latest?.ExternalId, template, values, templateText, text, triggers,
                command.ResolveAfterSending, approvalOptions.Value.ToPolicy(), actor.UserName, now);
            db.ReplyApprovals.Add(request);
            audit.Record("reply.approval_requested", "ReplyApproval", request.Id, null, new
            {
                caseNumber = subject.Number,
                request.TemplateId,
                request.TemplateVersion,
                request.JobCode,
                request.TemplateText,
                request.ProposedText,
                request.ProposedTextSha256,
                request.Triggers,
                tiers = request.Tiers.Select(tier => tier.ToString()),
                request.ExpiresAt,
            });
            await db.SaveChangesAsync(cancellationToken);
            return new SendTemplateReplyResult(null, text, template.JobCode, request.Id, request.Triggers);
        }

        var reply = await ReplyDispatch.SendAsync(db, outbound, audit, csat, subject, channel, calendar, template, values, text, latest?.ExternalId,
            actor.UserName, command.ResolveAfterSending, now, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new SendTemplateReplyResult(reply.Id, text, reply.JobCode, MaterialId: reply.MaterialId, TemplateVersion: reply.TemplateVersion);
    }
}
