using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Moderation;

public enum ModerationDecision
{
    Publish,
    Hide,

    /// <summary>"Delete on platform".</summary>
    Remove,
}

/// <param name="Note">Which guideline the comment breaks; required to hide or remove.</param>
public sealed record ModerateCommentCommand(Guid ItemId, ModerationDecision? Decision, string? Note);

/// <summary>
/// Publishes, hides or deletes a comment on the page. Each needs a person's screening decision first, and an AE only
/// leaves the page once the case was escalated to pharmacovigilance (R12); the post, its case and its screening record
/// stay in CareDesk whatever happens on the page. The brand's explanation goes with every hidden or removed comment.
/// </summary>
public sealed class ModerateCommentHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ModeratedItemDto> HandleAsync(ModerateCommentCommand command, CancellationToken cancellationToken)
    {
        ModerationAccess.Require(actor);
        new Validation().Required("decision", command.Decision).ThrowIfInvalid();
        var item = await ModeratedItemLookup.LoadAsync(db, command.ItemId, cancellationToken);
        var before = new { item.State, item.Reason, item.PendingAction };
        var now = time.GetUtcNow();
        var channel = await db.Channels.AsNoTracking().SingleAsync(found => found.Id == item.ChannelId, cancellationToken);
        var guidelines = await db.CommunityGuidelines.AsNoTracking().SingleOrDefaultAsync(found => found.BrandId == channel.BrandId, cancellationToken);
        string Explain(ModerationReason reason) => guidelines?.ExplanationFor(reason) ?? ModerationFilter.Explain(string.Empty, reason);
        switch (command.Decision!.Value)
        {
            case ModerationDecision.Publish:
                item.Publish(actor.UserName, now);
                break;
            case ModerationDecision.Hide:
                item.Hide(ModerationReason.CommunityGuidelines, Explain(ModerationReason.CommunityGuidelines), command.Note, actor.UserName, now);
                break;
            default:
                var escalated = await db.Cases.Where(found => found.Id == item.CaseId).Select(found => found.EscalatedTo).SingleAsync(cancellationToken);
                item.Remove(Explain(item.Reason ?? ModerationReason.CommunityGuidelines), command.Note, escalated.Contains(EscalationTarget.Pharmacovigilance),
                    actor.UserName, now);
                break;
        }

        audit.Record($"moderation.{command.Decision.Value.ToString().ToLowerInvariant()}", nameof(ModeratedItem), item.Id, before,
            new { item.State, item.Reason, item.PendingAction, item.Explanation }, item.Note);
        await db.SaveChangesAsync(cancellationToken);
        return await ModeratedItemLookup.GetAsync(db, item.Id, cancellationToken);
    }
}
