using CareDesk.Application.Abstractions;
using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Roi;

/// <param name="Automated">A robot, link-preview fetcher or browser prefetch: redirected, not counted.</param>
public sealed record FollowTrackedLinkCommand(string? Code, bool Automated);

public enum LinkFollowOutcome
{
    Redirect,
    Unknown,
    Expired,
}

public sealed record FollowTrackedLinkResult(LinkFollowOutcome Outcome, Uri? Target);

/// <summary>
/// Answers a click on a short link: where to send the visitor, and one more on the link's counter for today (UTC).
/// Nothing about the visitor is kept: no address, user agent, cookie or time beyond the day (ADR-017).
/// </summary>
public sealed class FollowTrackedLinkHandler(IAppDbContext db, TimeProvider time)
{
    public async Task<FollowTrackedLinkResult> HandleAsync(FollowTrackedLinkCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code?.Trim().ToUpperInvariant();
        if (!ShortLinkCode.IsWellFormed(code))
        {
            return new FollowTrackedLinkResult(LinkFollowOutcome.Unknown, null);
        }

        var link = await db.TrackedLinks.AsNoTracking().SingleOrDefaultAsync(item => item.Code == code, cancellationToken);
        if (link is null)
        {
            return new FollowTrackedLinkResult(LinkFollowOutcome.Unknown, null);
        }

        var now = time.GetUtcNow();
        var target = link.RedirectTarget(await db.AllowedDomainsAsync(link.BrandId, cancellationToken));
        if (link.IsExpired(now) || target is null)
        {
            return new FollowTrackedLinkResult(LinkFollowOutcome.Expired, null);
        }

        if (!command.Automated)
        {
            await CountAsync(link.Id, now, cancellationToken);
        }

        return new FollowTrackedLinkResult(LinkFollowOutcome.Redirect, target);
    }

    /// <summary>An atomic increment of today's row; the first click of the day inserts it, and loses gracefully to a concurrent first click.</summary>
    private async Task CountAsync(Guid linkId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var day = LinkClickDay.DayOf(now);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var updated = await db.LinkClickDays.Where(row => row.LinkId == linkId && row.Day == day)
                .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.Clicks, row => row.Clicks + 1), cancellationToken);
            if (updated > 0)
            {
                return;
            }

            try
            {
                db.LinkClickDays.Add(LinkClickDay.First(linkId, now));
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
