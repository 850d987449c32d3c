using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

/// <summary>What CareDesk knows of a case's author: staff-verified HCP (R25) and on which therapy areas' KOL lists.</summary>
public sealed record AuthorStanding(int? ProfileNumber, bool VerifiedHcp, IReadOnlyList<string> KolTherapyAreas)
{
    public static readonly AuthorStanding Unknown = new(null, false, []);

    /// <summary>Replies to verified HCPs and key opinion leaders take the stricter approval path.</summary>
    public bool IsInfluential => VerifiedHcp || KolTherapyAreas.Count > 0;

    /// <summary>The profile of the author of the case's latest post, if one is attached.</summary>
    public static async Task<AuthorStanding> OfCaseAsync(IAppDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var profile = await (from link in db.ContactPostLinks
                             where link.CaseId == caseId
                             join post in db.Posts on link.PostId equals post.Id
                             join identity in db.ContactIdentities on link.IdentityId equals identity.Id
                             join found in db.ContactProfiles on identity.ProfileId equals found.Id
                             orderby post.ReceivedAt descending
                             select found).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return Unknown;
        }

        var areas = await db.KeyOpinionLeaders.Where(kol => kol.ProfileId == profile.Id).Select(kol => kol.TherapyArea).OrderBy(area => area).ToListAsync(cancellationToken);
        return new AuthorStanding(profile.Number, profile.IsVerifiedHcp, areas);
    }
}
