using CareDesk.Application.Abstractions;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

/// <param name="Search">Part of a handle, e-mail or phone; null lists the most recent profiles.</param>
/// <param name="IncludeMerged">Merged-away profiles are hidden unless asked for (they are where unmerge starts).</param>
public sealed record ListContactProfilesQuery(string? Search, bool IncludeMerged = false, int Take = 100);

public sealed record ContactListDto(IReadOnlyList<ContactSummaryDto> Profiles, IReadOnlyList<ContactMatchSummaryDto> PendingMatches);

public sealed record ContactMatchSummaryDto(Guid Id, int ProfileNumber, int CandidateNumber, string Evidence, DateTimeOffset ProposedAt);

/// <summary>The contact directory with the matches waiting for staff to confirm or reject.</summary>
public sealed class ListContactProfilesHandler(IAppDbContext db)
{
    public async Task<ContactListDto> HandleAsync(ListContactProfilesQuery query, CancellationToken cancellationToken)
    {
        var profiles = db.ContactProfiles.AsNoTracking();
        if (!query.IncludeMerged)
        {
            profiles = profiles.Where(profile => profile.MergedIntoId == null);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().TrimStart('@').ToLowerInvariant();
            var number = int.TryParse(term, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            var owners = db.ContactIdentities.Where(identity => identity.Value.Contains(term)).Select(identity => identity.ProfileId);
            profiles = profiles.Where(profile => owners.Contains(profile.Id) || profile.Number == number);
        }

        var page = await profiles.OrderByDescending(profile => profile.Number).Take(Math.Clamp(query.Take, 1, 500)).ToListAsync(cancellationToken);
        var ids = page.Select(profile => profile.Id).ToList();
        var identities = (await db.ContactIdentities.AsNoTracking().Where(identity => ids.Contains(identity.ProfileId)).ToListAsync(cancellationToken))
            .ToLookup(identity => identity.ProfileId);
        var numbers = await db.ContactProfiles.AsNoTracking().ToDictionaryAsync(profile => profile.Id, profile => profile.Number, cancellationToken);
        var pending = await db.ContactMatchProposals.AsNoTracking().Where(proposal => proposal.Status == ContactMatchStatus.Proposed)
            .OrderBy(proposal => proposal.ProposedAt).ToListAsync(cancellationToken);

        return new ContactListDto(
            [.. page.Select(profile => new ContactSummaryDto(profile.Number, profile.Role, profile.RoleSource, profile.DoNotContact,
                profile.MergedIntoId is { } into ? numbers.GetValueOrDefault(into) : null,
                [.. identities[profile.Id].OrderBy(identity => identity.AddedAt).Select(ContactIdentityDto.Of)],
                pending.Count(proposal => proposal.ProfileId == profile.Id || proposal.CandidateId == profile.Id)))],
            [.. pending.Select(proposal => new ContactMatchSummaryDto(proposal.Id, numbers.GetValueOrDefault(proposal.ProfileId),
                numbers.GetValueOrDefault(proposal.CandidateId), proposal.Evidence, proposal.ProposedAt))]);
    }
}
