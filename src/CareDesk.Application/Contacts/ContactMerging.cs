using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

/// <summary>The one way two profiles become one, shared by a manual merge and a confirmed match proposal.</summary>
public sealed class ContactMerging(IAppDbContext db, AuditTrail audit, ContactDataUseLimits limits, ICurrentActor actor, TimeProvider time)
{
    public async Task<ContactMerge> MergeAsync(ContactProfile merged, ContactProfile survivor, string reason, CancellationToken cancellationToken)
    {
        ContactLookup.RequireReason(reason);
        var now = time.GetUtcNow();
        var (mergedBefore, survivorBefore) = (ContactSnapshot.Of(merged), ContactSnapshot.Of(survivor));
        merged.MergeInto(survivor, now);
        var identities = await db.ContactIdentities.Where(identity => identity.ProfileId == merged.Id).ToListAsync(cancellationToken);
        foreach (var identity in identities)
        {
            identity.MoveTo(survivor.Id);
        }

        var merge = ContactMerge.Record(survivor, merged, identities.Select(identity => identity.Id), reason, actor.UserName, now);
        db.ContactMerges.Add(merge);
        var pending = await db.ContactMatchProposals.Where(proposal => proposal.Status == ContactMatchStatus.Proposed
            && ((proposal.ProfileId == merged.Id && proposal.CandidateId == survivor.Id) || (proposal.ProfileId == survivor.Id && proposal.CandidateId == merged.Id)))
            .ToListAsync(cancellationToken);
        foreach (var proposal in pending)
        {
            proposal.Decide(true, actor.UserName, now);
        }

        if (survivor.LimitSensitiveDataUse)
        {
            var all = await db.ContactIdentities.Where(identity => identity.ProfileId == survivor.Id).ToListAsync(cancellationToken);
            foreach (var identity in all.UnionBy(identities, identity => identity.Id))
            {
                await limits.ApplyAsync(identity, true, now, cancellationToken);
            }
        }

        var moved = new { merge = merge.Id, identities = merge.IdentityIds };
        audit.Record("contact.merged", nameof(ContactProfile), merged.Id, mergedBefore, new { profile = ContactSnapshot.Of(merged), into = survivor.Number, moved }, merge.Reason);
        audit.Record("contact.merge_received", nameof(ContactProfile), survivor.Id, survivorBefore, new { profile = ContactSnapshot.Of(survivor), from = merged.Number, moved }, merge.Reason);
        return merge;
    }
}
