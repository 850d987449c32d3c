using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

/// <param name="Number">The profile that was merged away and is to stand on its own again.</param>
public sealed record UnmergeContactProfileCommand(int Number, string? Reason);

/// <summary>
/// Undoes a merge: exactly the identities that merge moved go back (with their conversations); identities the survivor
/// gained later stay with it. Audited on both profiles with the reason.
/// </summary>
public sealed class UnmergeContactProfileHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ContactMergeDto> HandleAsync(UnmergeContactProfileCommand command, CancellationToken cancellationToken)
    {
        ContactLookup.RequireReason(command.Reason);
        var merged = await db.LoadProfileAsync(command.Number, cancellationToken);
        var merge = await db.ContactMerges.Where(found => found.MergedId == merged.Id).OrderByDescending(found => found.MergedAt).FirstOrDefaultAsync(cancellationToken)
            ?? throw ValidationFailedException.For("number", $"Contact {command.Number} was never merged into another profile.");
        var survivor = await db.ContactProfiles.SingleAsync(found => found.Id == merge.SurvivorId, cancellationToken);
        var now = time.GetUtcNow();
        var (mergedBefore, survivorBefore) = (ContactSnapshot.Of(merged), ContactSnapshot.Of(survivor));
        merge.Undo(command.Reason!, actor.UserName, now);
        var identities = await db.ContactIdentities.Where(identity => merge.IdentityIds.Contains(identity.Id)).ToListAsync(cancellationToken);
        foreach (var identity in identities)
        {
            identity.MoveTo(merged.Id);
        }

        merged.Restore(now);
        var moved = new { merge = merge.Id, identities = merge.IdentityIds };
        audit.Record("contact.unmerged", nameof(Domain.Contacts.ContactProfile), merged.Id, mergedBefore, new { profile = ContactSnapshot.Of(merged), from = survivor.Number, moved }, merge.UndoReason);
        audit.Record("contact.unmerge_released", nameof(Domain.Contacts.ContactProfile), survivor.Id, survivorBefore, new { profile = ContactSnapshot.Of(survivor), to = merged.Number, moved }, merge.UndoReason);
        await db.SaveChangesAsync(cancellationToken);
        return new ContactMergeDto(merge.Id, survivor.Number, merged.Number, identities.Count, merge.Reason, merge.MergedBy, merge.MergedAt, merge.UndoneAt, merge.UndoReason);
    }
}
