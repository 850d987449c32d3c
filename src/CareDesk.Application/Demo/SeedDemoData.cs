using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Posts;
using CareDesk.Application.Triage;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Demo;

/// <summary>
/// Fills an empty database with the demo organisation and posts. Posts go through the real intake use case, so
/// their triage, cases, clocks and audit trail are exactly what live posts get. Does nothing if any user exists.
/// </summary>
public sealed class SeedDemoDataHandler(IAppDbContext db, IPasswordHasher hasher, IngestPostHandler ingest, AuditTrail audit, TimeProvider time)
{
    public Task<bool> HandleAsync(CancellationToken cancellationToken) => HandleAsync(includePosts: true, cancellationToken);

    public async Task<bool> HandleAsync(bool includePosts, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        var now = time.GetUtcNow();
        db.Calendars.AddRange(DemoCatalog.Calendars());
        var brands = DemoCatalog.Channels.Select(channel => channel.Brand).Distinct().ToDictionary(name => name, Brand.Create);
        db.Brands.AddRange(brands.Values);
        db.Channels.AddRange(DemoCatalog.Channels.Select(channel =>
            Channel.Create(channel.Key, channel.Name, channel.Kind, brands[channel.Brand].Id, channel.Calendar, channel.Public, channel.Market)));
        var password = hasher.Hash(DemoCatalog.DemoPassword);
        var users = DemoCatalog.Users.Select(user => UserAccount.Create(user.UserName, user.DisplayName, user.Role, user.Team, password))
            .Concat(DemoCatalog.Reviewers.Select(user => UserAccount.Create(user.UserName, user.DisplayName, UserRole.Reviewer, "MLR", password, [user.Role],
                DemoCatalog.UkNominatedSignatories.Contains(user.UserName)))).ToList();
        db.Users.AddRange(users);
        DemoTraining.Seed(db, users, now);
        db.Templates.AddRange(DemoCatalog.Templates(now));
        db.TriageRules.AddRange(DefaultTriageRules.CreateRules(now));
        db.RegistrationForms.AddRange(DemoRegistrationForms.Create(brands, now));
        audit.Record("demo.seeded", "Installation", "demo", null, new { brands = brands.Keys, channels = DemoCatalog.Channels.Count, users = DemoCatalog.Users.Count + DemoCatalog.Reviewers.Count });
        await db.SaveChangesAsync(cancellationToken);

        IEnumerable<DemoPost> posts = includePosts ? DemoPosts.All : [];
        foreach (var post in posts.OrderByDescending(post => post.ReceivedAgo))
        {
            await IngestAsync(post, now, cancellationToken);
        }

        if (includePosts)
        {
            await DemoListening.SeedAsync(db, brands, now, cancellationToken);
            await DemoRoi.SeedAsync(db, audit, now, cancellationToken);
            DemoPrivacy.Seed(db, audit, now);
            await DemoContacts.SeedAsync(db, now, cancellationToken);
            db.CallCenterInteractions.AddRange(DemoCallCenter.Interactions(now));
            DemoSecurity.Seed(db, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    private async Task IngestAsync(DemoPost post, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var receivedAt = now - post.ReceivedAgo;
        await ingest.HandleAsync(new IngestPostCommand(post.Channel, post.ExternalId, post.Author, post.Text, receivedAt.AddMinutes(-2),
            post.ThreadId, post.ParentId, post.IsPublic, receivedAt), cancellationToken);
    }
}
