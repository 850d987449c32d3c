using CareDesk.Application.Abstractions;
using CareDesk.Application.Listening;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Contacts;
using CareDesk.Domain.Listening;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

/// <summary>
/// The R44 limit lives on the profile; listening reads it per author pseudonym (<see cref="AuthorUsePreference"/>), so
/// each of the profile's handles gets the same flag. The older per-author API writes those rows directly and still works.
/// </summary>
public sealed class ContactDataUseLimits(IAppDbContext db, AuthorPseudonyms pseudonyms)
{
    public async Task ApplyAsync(ContactIdentity identity, bool limit, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (PseudonymOf(identity) is not { } pseudonym)
        {
            return;
        }

        var preference = db.AuthorUsePreferences.Local.SingleOrDefault(found => found.AuthorPseudonym == pseudonym)
            ?? await db.AuthorUsePreferences.SingleOrDefaultAsync(found => found.AuthorPseudonym == pseudonym, cancellationToken);
        if (preference is null)
        {
            preference = AuthorUsePreference.For(pseudonym);
            db.AuthorUsePreferences.Add(preference);
        }

        preference.Set(limit, at);
    }

    /// <summary>Whether the per-author flag (set through the listening API) limits any of these identities.</summary>
    public async Task<bool> AnyLimitedAsync(IEnumerable<ContactIdentity> identities, CancellationToken cancellationToken)
    {
        var keys = identities.Select(PseudonymOf).OfType<string>().ToList();
        return await db.AuthorUsePreferences.AnyAsync(found => keys.Contains(found.AuthorPseudonym) && found.LimitSensitiveDataUse, cancellationToken);
    }

    /// <summary>Listening pseudonyms exist for handles on social networks, as posts carry them.</summary>
    private string? PseudonymOf(ContactIdentity identity) =>
        Enum.TryParse<ChannelKind>(identity.Channel, ignoreCase: true, out var network) ? pseudonyms.Of(network, identity.Value) : null;
}
