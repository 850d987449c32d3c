using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

public sealed record DecideContactMatchCommand(Guid ProposalId, bool? Confirm, string? Reason);

/// <summary>
/// Staff confirm a proposed match (the newer profile is merged into the older, audited like a manual merge) or reject
/// it; a shared e-mail or phone alone never merges anyone.
/// </summary>
public sealed class DecideContactMatchHandler(IAppDbContext db, ContactMerging merging, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ContactMatchStatus> HandleAsync(DecideContactMatchCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("confirm", command.Confirm).ThrowIfInvalid();
        ContactLookup.RequireReason(command.Reason);
        var proposal = await db.ContactMatchProposals.SingleOrDefaultAsync(found => found.Id == command.ProposalId, cancellationToken)
            ?? throw new NotFoundException("Match proposal", command.ProposalId);
        if (command.Confirm!.Value)
        {
            var profiles = await db.ContactProfiles.Where(profile => profile.Id == proposal.ProfileId || profile.Id == proposal.CandidateId)
                .OrderBy(profile => profile.Number).ToListAsync(cancellationToken);
            await merging.MergeAsync(profiles[^1], profiles[0], command.Reason!, cancellationToken);
        }
        else
        {
            proposal.Decide(false, actor.UserName, time.GetUtcNow());
            audit.Record("contact.match_rejected", nameof(ContactMatchProposal), proposal.Id, null, new { proposal.ProfileId, proposal.CandidateId, proposal.Evidence }, command.Reason);
        }

        await db.SaveChangesAsync(cancellationToken);
        return proposal.Status;
    }
}
