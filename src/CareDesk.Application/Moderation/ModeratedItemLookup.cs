using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Moderation;

internal static class ModeratedItemLookup
{
    public static async Task<ModeratedItem> LoadAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ModeratedItems.SingleOrDefaultAsync(found => found.Id == id, cancellationToken) ?? throw new NotFoundException("Moderated comment", id);

    public static async Task<ModeratedItemDto> GetAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await ProjectAsync(db, db.ModeratedItems.Where(item => item.Id == id), cancellationToken)).Single();

    /// <summary>The comments with their post, case and page; unscreened first, then oldest first.</summary>
    public static async Task<List<ModeratedItemDto>> ProjectAsync(IAppDbContext db, IQueryable<ModeratedItem> items, CancellationToken cancellationToken)
    {
        var rows = await (from item in items.AsNoTracking()
                          join post in db.Posts on item.PostId equals post.Id
                          join subject in db.Cases on item.CaseId equals subject.Id
                          join channel in db.Channels on item.ChannelId equals channel.Id
                          select new { item, post.Author, post.Text, post.ReceivedAt, subject.Number, subject.Labels, subject.EscalatedTo, channel.Key })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(row => row.item.IsScreened).ThenBy(row => row.ReceivedAt)
            .Select(row => new ModeratedItemDto(row.item.Id, row.Number, row.Key, row.Author, row.Text, row.ReceivedAt, row.Labels, row.item.State, row.item.Reason,
                row.item.Explanation, row.item.Note, row.item.IsScreened, row.item.ScreenedAdverseEvent, row.item.ScreenedProductComplaint,
                row.item.ScreenedMedicalInquiry, row.item.ScreenedBy, row.item.PendingAction, row.EscalatedTo.Contains(EscalationTarget.Pharmacovigilance)))
            .ToList();
    }
}
