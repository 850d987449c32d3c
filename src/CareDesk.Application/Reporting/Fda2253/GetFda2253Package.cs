using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Promotion;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Reporting.Fda2253;

public sealed record Fda2253Query(string Brand, int Year, int Month);

/// <summary>An owned interactive site of the brand (a US channel) and whether the firm engaged there in the month.</summary>
public sealed record InteractiveSite(string ChannelKey, string Name, string Kind, bool Public, int RepliesInMonth);

/// <summary>A thread the firm replied in during the month: its URL goes on the monthly listing.</summary>
public sealed record EngagedThread(string ChannelKey, string Url, DateTimeOffset FirstReplyInMonth, int Replies, bool Promotional, IReadOnlyList<string> JobCodes);

/// <summary>A piece of content (one template version) used in the month: exact text as first posted in the month, and when it was first used at all.</summary>
public sealed record Communication(string JobCode, int TemplateVersion, string Category, string Text, DateTimeOffset FirstUsedAt, DateTimeOffset FirstUsedInMonthAt, int TimesUsedInMonth, bool FirstUsedThisMonth);

public sealed record Fda2253Package(string Brand, int Year, int Month, DateTimeOffset GeneratedAt, IReadOnlyList<InteractiveSite> Sites, IReadOnlyList<EngagedThread> Threads, IReadOnlyList<Communication> Communications);

/// <summary>
/// The monthly FDA Form 2253 package for a brand (R27; 21 CFR 314.81(b)(3)(i)): the interactive sites on US channels,
/// the list of thread URLs where the firm engaged in the month, and each communication with its exact text, job code and
/// first-use date. Proactive posts published on those channels count as threads of their own. Months are calendar months in UTC.
/// </summary>
public sealed class GetFda2253PackageHandler(IAppDbContext db, ReportAccess access, TimeProvider time)
{
    public const string UsMarket = "US";

    public async Task<Fda2253Package> HandleAsync(Fda2253Query query, CancellationToken cancellationToken)
    {
        access.RequireConversationLevel();
        if (query.Month is < 1 or > 12)
        {
            throw ValidationFailedException.For("month", "Use a month from 1 to 12.");
        }

        var brand = await db.Brands.AsNoTracking().SingleOrDefaultAsync(item => item.Name == query.Brand, cancellationToken)
            ?? throw ValidationFailedException.For("brand", $"No brand named '{query.Brand}'.");
        var monthStart = new DateTimeOffset(query.Year, query.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var monthEnd = monthStart.AddMonths(1);
        var channels = await db.Channels.AsNoTracking().Where(channel => channel.BrandId == brand.Id && channel.Market == UsMarket).OrderBy(channel => channel.Key).ToListAsync(cancellationToken);
        var channelIds = channels.Select(channel => channel.Id).ToList();

        var replies = await (from reply in db.Replies.AsNoTracking()
                             join item in db.Cases.AsNoTracking() on reply.CaseId equals item.Id
                             where channelIds.Contains(reply.ChannelId) && reply.SentAt >= monthStart && reply.SentAt < monthEnd
                             select new { reply.ChannelId, item.ThreadKey, reply.TemplateId, reply.TemplateVersion, reply.JobCode, reply.Text, reply.SentAt })
            .ToListAsync(cancellationToken);
        var published = await db.PromotionalPosts.AsNoTracking().Where(post => channelIds.Contains(post.ChannelId) && post.Status == PromotionalPostStatus.Published)
            .ToListAsync(cancellationToken);

        // A proactive post is its own thread (R27): each part joins the listing as if it were a reply in that thread.
        var postParts = published.SelectMany(post => post.Parts.Select(part => new
        {
            post.ChannelId,
            ThreadKey = post.ExternalId!,
            part.TemplateId,
            part.TemplateVersion,
            part.JobCode,
            part.Text,
            SentAt = post.PublishedAt!.Value,
        })).ToList();
        replies = [.. replies.Concat(postParts.Where(part => part.SentAt >= monthStart && part.SentAt < monthEnd)).OrderBy(reply => reply.SentAt)];
        var templateIds = replies.Select(reply => reply.TemplateId).Distinct().ToList();
        var categories = await db.Templates.AsNoTracking().Where(template => templateIds.Contains(template.Id))
            .ToDictionaryAsync(template => template.Id, template => template.Category, cancellationToken);
        var firstUse = (await db.Replies.AsNoTracking().Where(reply => templateIds.Contains(reply.TemplateId))
                .Select(reply => new { reply.TemplateId, reply.SentAt }).ToListAsync(cancellationToken))
            .Concat(postParts.Select(part => new { part.TemplateId, part.SentAt }))
            .GroupBy(reply => reply.TemplateId).ToDictionary(group => group.Key, group => group.Min(reply => reply.SentAt));
        var byChannel = channels.ToDictionary(channel => channel.Id);
        bool IsPromotional(Guid templateId) => categories.GetValueOrDefault(templateId) == TemplateCategory.Promotional;

        var sites = channels.Select(channel => new InteractiveSite(channel.Key, channel.Name, channel.Kind.ToString(), channel.PublicByDefault, replies.Count(reply => reply.ChannelId == channel.Id))).ToList();
        var threads = replies.GroupBy(reply => (reply.ChannelId, reply.ThreadKey)).Select(group =>
        {
            var channel = byChannel[group.Key.ChannelId];
            return new EngagedThread(channel.Key, ThreadLinks.For(channel.Kind, channel.Key, group.Key.ThreadKey), group.First().SentAt, group.Count(),
                group.Any(reply => IsPromotional(reply.TemplateId)), group.Select(reply => reply.JobCode).Distinct().Order(StringComparer.Ordinal).ToList());
        }).OrderBy(thread => thread.FirstReplyInMonth).ToList();
        var communications = replies.GroupBy(reply => (reply.TemplateId, reply.TemplateVersion)).Select(group =>
        {
            var first = group.First();
            var firstUsed = firstUse[group.Key.TemplateId];
            return new Communication(first.JobCode, first.TemplateVersion, categories.GetValueOrDefault(first.TemplateId).ToString(), first.Text, firstUsed, first.SentAt, group.Count(), firstUsed >= monthStart);
        }).OrderBy(communication => communication.FirstUsedInMonthAt).ToList();

        return new Fda2253Package(brand.Name, query.Year, query.Month, time.GetUtcNow(), sites, threads, communications);
    }
}
