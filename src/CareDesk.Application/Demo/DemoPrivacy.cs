using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Privacy;

namespace CareDesk.Application.Demo;

/// <summary>
/// Two open data-subject requests for /privacy (R42): a GDPR access request received 20 days ago and extended, and a
/// CCPA erasure request received two days ago. Their subjects are demo authors. Only seeded with the demo posts.
/// </summary>
internal static class DemoPrivacy
{
    public static void Seed(IAppDbContext db, AuditTrail audit, DateTimeOffset now)
    {
        var authors = DemoPosts.All.Select(post => post.Author).Distinct().Take(2).ToList();
        var access = DataSubjectRequest.Open(authors[0], DataSubjectRequestKind.Access, PrivacyRegime.Gdpr, "sam", now.AddDays(-20));
        access.Extend("Complex: messages on four channels over two years, reviewed one by one", now.AddDays(-5), now);
        var erasure = DataSubjectRequest.Open(authors[^1], DataSubjectRequestKind.Erasure, PrivacyRegime.Ccpa, "sam", now.AddDays(-2));
        db.DataSubjectRequests.AddRange(access, erasure);
        foreach (var request in new[] { access, erasure })
        {
            audit.Record("dsar.opened", nameof(DataSubjectRequest), request.Id, null, new { request.Kind, request.Regime, request.ReceivedAt, request.DueAt });
        }

        audit.Record("dsar.extended", nameof(DataSubjectRequest), access.Id, new { DueAt = access.FirstDueAt, Extended = false },
            new { access.DueAt, access.Extended, access.ExtensionToldAt }, access.ExtensionReason);
    }
}
