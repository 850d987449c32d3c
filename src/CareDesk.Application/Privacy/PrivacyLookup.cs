using CareDesk.Application.Abstractions;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

internal static class PrivacyLookup
{
    /// <summary>The person's latest answer about private contact on that channel declined it, and no later grant exists.</summary>
    public static async Task<bool> DeclinedContactAsync(this IAppDbContext db, Guid channelId, string handle, CancellationToken cancellationToken)
    {
        var channelKey = await db.Channels.Where(channel => channel.Id == channelId).Select(channel => channel.Key).SingleAsync(cancellationToken);
        var answers = await db.ConsentRecords.AsNoTracking()
            .Where(record => record.ChannelKey == channelKey && record.Handle == handle && record.Purpose == ProcessingPurpose.FollowUpContact)
            .ToListAsync(cancellationToken);
        var latest = answers.OrderBy(record => record.CapturedAt).LastOrDefault();
        return latest is not null && !latest.IsActiveGrant;
    }

    /// <summary>The PV intakes of every case in which this person posted on that channel.</summary>
    public static async Task<List<PvIntake>> IntakesOfAsync(this IAppDbContext db, string channelKey, string handle, CancellationToken cancellationToken)
    {
        var caseIds = await db.Posts
            .Join(db.Channels, post => post.ChannelId, channel => channel.Id, (post, channel) => new { post.CaseId, post.Author, channel.Key })
            .Where(found => found.Key == channelKey && found.Author == handle)
            .Select(found => found.CaseId).Distinct().ToListAsync(cancellationToken);
        return await db.PvIntakes.Where(intake => caseIds.Contains(intake.CaseId)).ToListAsync(cancellationToken);
    }
}
