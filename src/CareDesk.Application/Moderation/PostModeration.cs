using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Moderation;

/// <summary>
/// Applies the page's moderation mode and the brand's filters to a post at ingest, after it was screened and filed:
/// a filtered or pre-moderated comment is hidden on the page, never dropped, and stays in its case (R12).
/// </summary>
internal static class PostModeration
{
    public static async Task ApplyAsync(IAppDbContext db, AuditTrail audit, Channel channel, Case subject, Post post, CancellationToken cancellationToken)
    {
        var page = await db.PageModerations.AsNoTracking().SingleOrDefaultAsync(item => item.ChannelId == channel.Id, cancellationToken);
        if (page is null || page.Mode == ModerationMode.Off || !post.IsPublic)
        {
            return;
        }

        var guidelines = await db.CommunityGuidelines.AsNoTracking().SingleOrDefaultAsync(item => item.BrandId == channel.BrandId, cancellationToken);
        var item = ModeratedItem.Arrive(post.Id, subject.Id, channel.Id, post.ReceivedAt);
        var reason = guidelines?.Screen(post.Text) ?? (page.Mode == ModerationMode.PreModeration ? ModerationReason.AwaitingScreening : null);
        if (reason is { } held)
        {
            item.HoldBack(held, guidelines?.ExplanationFor(held) ?? ModerationFilter.Explain(string.Empty, held), post.ReceivedAt);
        }

        db.ModeratedItems.Add(item);
        audit.Record(reason is null ? "moderation.received" : "moderation.held_back", nameof(ModeratedItem), item.Id, null,
            new { caseNumber = subject.Number, channel = channel.Key, page.Mode, item.State, item.Reason, item.Explanation, item.PendingAction });
    }
}
