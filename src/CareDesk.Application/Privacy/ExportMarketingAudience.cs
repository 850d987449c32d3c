using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Common;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Privacy.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

public sealed record ExportMarketingAudienceCommand(IReadOnlyList<int>? CaseNumbers);

public sealed record MarketingAudienceMember(string ChannelKey, string Handle);

/// <summary>
/// Builds a marketing audience from cases' authors, with purpose limitation enforced where the data is read (R40): an
/// adverse-event case's reporter is refused outright ("purpose 'PV' not compatible with 'marketing'"), any other author
/// needs an active marketing consent in the ledger.
/// </summary>
public sealed class ExportMarketingAudienceHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public async Task<IReadOnlyList<MarketingAudienceMember>> HandleAsync(ExportMarketingAudienceCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("export a marketing audience");
        var numbers = command.CaseNumbers ?? [];
        if (numbers.Count == 0)
        {
            throw ValidationFailedException.For("caseNumbers", "Name at least one case.");
        }

        var cases = await db.Cases.AsNoTracking().Where(item => numbers.Contains(item.Number)).ToListAsync(cancellationToken);
        var caseIds = cases.Select(item => item.Id).ToList();
        var authors = await db.Posts.AsNoTracking()
            .Join(db.Channels, post => post.ChannelId, channel => channel.Id, (post, channel) => new { post.CaseId, post.Author, channel.Key })
            .Where(found => caseIds.Contains(found.CaseId)).Distinct().ToListAsync(cancellationToken);
        var handles = authors.Select(found => found.Author).Distinct().ToList();
        var consents = await db.ConsentRecords.AsNoTracking()
            .Where(record => record.Purpose == ProcessingPurpose.Marketing && handles.Contains(record.Handle)).ToListAsync(cancellationToken);

        var members = new List<MarketingAudienceMember>();
        foreach (var item in cases)
        {
            var collectedFor = item.IsAdverseEventRecord ? ProcessingPurpose.Pharmacovigilance : ProcessingPurpose.CustomerCare;
            foreach (var author in authors.Where(found => found.CaseId == item.Id))
            {
                var consented = consents.Any(record => record.ChannelKey == author.Key && record.Handle == author.Author && record.IsActiveGrant);
                BusinessRules.Check(new PurposeMustBeCompatibleRule(collectedFor, ProcessingPurpose.Marketing, consented));
                members.Add(new MarketingAudienceMember(author.Key, author.Author));
            }
        }

        audit.Record("privacy.marketing_audience_exported", "MarketingAudience", string.Join(",", numbers), null, new { cases = numbers, members = members.Count });
        await db.SaveChangesAsync(cancellationToken);
        return [.. members.Distinct()];
    }
}
