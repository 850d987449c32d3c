using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Demo;

/// <summary>
/// A few ROI rows for the demo, so /roi shows a funnel: allowed link domains, two tracked links with three days of
/// clicks, codes issued on the first savings questions and two redemptions. Only seeded with the demo posts.
/// </summary>
internal static class DemoRoi
{
    public const string Campaign = "winter-savings";

    public static async Task SeedAsync(IAppDbContext db, AuditTrail audit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var brands = await db.Brands.ToDictionaryAsync(brand => brand.Name, brand => brand.Id, cancellationToken);
        var cardiozen = brands["Cardiozen"];
        db.AllowedLinkDomains.AddRange(AllowedLinkDomain.Create(cardiozen, "cardiozen.com"), AllowedLinkDomain.Create(brands["Respiro"], "respiro.co.uk"));
        var channels = await db.Channels.Where(channel => channel.BrandId == cardiozen).ToDictionaryAsync(channel => channel.Key, cancellationToken);
        var template = await db.Templates.Where(item => item.JobCode == "CZ-US-0160").Select(item => new TemplateReference(item.Id, item.Version, item.JobCode)).FirstAsync(cancellationToken);
        string[] allowed = ["cardiozen.com"];

        var clicksPerDay = new Dictionary<string, int[]> { ["x-cardiozen-us"] = [4, 7, 3], ["facebook-cardiozen-us"] = [2, 1, 5] };
        foreach (var (key, clicks) in clicksPerDay)
        {
            var channel = channels[key];
            var link = TrackedLink.Create(ShortLinkCode.NewCode(), cardiozen, channel.Id, channel.Key, template, Campaign, "https://www.cardiozen.com/savings", allowed, null, "sam", now.AddDays(-3));
            db.TrackedLinks.Add(link);
            var today = LinkClickDay.DayOf(now);
            db.LinkClickDays.AddRange(clicks.Select((count, daysAgo) => LinkClickDay.Counted(link.Id, today.AddDays(-daysAgo), count)));
        }

        var channelIds = channels.Values.Select(channel => channel.Id).ToList();
        var cases = await db.Cases.Where(item => channelIds.Contains(item.ChannelId)).OrderBy(item => item.Number).Take(3).ToListAsync(cancellationToken);
        var agents = new[] { "alice", "bob", "alice" };
        var codes = cases.Select((item, i) => RedemptionCode.ForConversation(CouponCode.NewCode(), cardiozen, item.Id, item.Number, item.ChannelId, template, Campaign, agents[i], Earlier(item.OpenedAt.AddMinutes(20), now))).ToList();
        db.RedemptionCodes.AddRange(codes);
        var values = new[] { 35.00m, 60.00m };
        db.Redemptions.AddRange(codes.Take(2).Select((code, i) => Redemption.Record($"DEMO-POS-{i + 1}", code, Earlier(code.IssuedAt.AddHours(5), now), values[i], "USD", "csv", "sam", now)));
        audit.Record("demo.roi_seeded", "Installation", "demo", null, new { links = clicksPerDay.Count, codes = codes.Count, redemptions = Math.Min(2, codes.Count) });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTimeOffset Earlier(DateTimeOffset at, DateTimeOffset now) => at < now ? at : now;
}
