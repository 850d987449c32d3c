using CareDesk.Application.Abstractions;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening;
using CareDesk.Domain.Listening.Anomalies;
using CareDesk.Domain.Listening.Crisis;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Demo;

/// <summary>
/// Listening demo rows, seeded only with the demo posts (test factories seed without them): a query per brand, a route
/// to Sam's in-app inbox, Cardiozen's crisis playbook with one approved holding statement, and one alert over the demo
/// posts so /alerts and a crisis room have something to show before the detector has seen a real spike.
/// </summary>
public static class DemoListening
{
    public static async Task SeedAsync(IAppDbContext db, IReadOnlyDictionary<string, Brand> brands, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cardiozen = brands["Cardiozen"];
        db.ListeningQueries.Add(ListeningQuery.Create(cardiozen.Id, "Cardiozen US", "cardiozen OR #cardiozen OR \"cardio zen\" OR hartwell OR vasotril",
            ["cardiozen", "#cardiozen", "cardio zen"], ["hartwell", "vasotril"], now));
        db.ListeningQueries.Add(ListeningQuery.Create(brands["Respiro"].Id, "Respiro UK", "respiro OR #respiro OR (inhaler AND asthma)", ["respiro", "#respiro"], ["breathwell"], now));
        db.AlertRoutingRules.Add(AlertRoutingRule.Create("Sam: severity 5 and up", 5, null, null, AlertDelivery.InApp, "sam", null));
        db.Templates.Add(ResponseTemplate.CreateApproved("Holding statement: we are looking into it", "CZ-US-0900",
            "We're aware of posts about Cardiozen and are looking into them. If you have a question about your treatment, please contact our Medical Information team at {{url}}.",
            [new("url", TemplateVariableKind.Url)], [TriageLabel.CrisisSignal], [], DateOnly.FromDateTime(now.UtcDateTime).AddYears(1), "mlr.committee", now.AddDays(-30),
            ["US"], TemplateCategory.Crisis));
        var playbook = CrisisPlaybook.For(cardiozen.Id);
        playbook.Change([new RosterMember(1, "Sam Reyes", "Brand crisis lead", "sam@caredesk.local"), new RosterMember(2, "Dr Mira Patel", "Medical", "mira@caredesk.local"),
            new RosterMember(3, "Leo Marsh", "Legal", "leo@caredesk.local")], "Post only an approved holding statement; route every adverse event to PV as usual; no debate in public threads.", now);
        db.CrisisPlaybooks.Add(playbook);
        await db.SaveChangesAsync(cancellationToken);

        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var recent = await db.Posts.Where(post => post.IsPublic && post.PostedAt >= now.AddHours(-6))
            .Join(db.Channels.Where(channel => channel.BrandId == cardiozen.Id), post => post.ChannelId, channel => channel.Id, (post, channel) => post.Id)
            .ToListAsync(cancellationToken);
        if (recent.Count > 0)
        {
            db.ListeningAlerts.Add(ListeningAlert.Raise(cardiozen.Id, ListeningAlertKind.NegativeSurge, 6, hour.AddHours(-1), hour, recent.Count, 1,
                $"Demo: {recent.Count} Cardiozen posts in the last hours against a median of 1 for these hours of the week.", recent, now));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
