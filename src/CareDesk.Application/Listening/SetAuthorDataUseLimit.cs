using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Listening;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Listening;

/// <param name="Channel">A channel key on the author's network (the pseudonym is per network, not per channel).</param>
/// <param name="Author">The author's handle as posts carry it; it is hashed at once and never stored.</param>
/// <param name="Limit">True: "Limit the use of my sensitive personal information" (R44); false withdraws the request.</param>
public sealed record SetAuthorDataUseLimitCommand(string? Channel, string? Author, bool? Limit);

public sealed record AuthorDataUseLimitDto(string AuthorPseudonym, bool LimitSensitiveDataUse, DateTimeOffset ChangedAt);

/// <summary>
/// Records an author's request to limit the use of their sensitive personal information (CCPA/CPRA §1798.121, R44).
/// From then on their posts stay out of listening analytics and anomaly detection; intake still screens them for
/// adverse events and complaints, which is the necessary, legal purpose.
/// </summary>
public sealed class SetAuthorDataUseLimitHandler(IAppDbContext db, AuthorPseudonyms pseudonyms, AuditTrail audit, TimeProvider time)
{
    public async Task<AuthorDataUseLimitDto> HandleAsync(SetAuthorDataUseLimitCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("channel", command.Channel).Required("author", command.Author).Required("limit", command.Limit).ThrowIfInvalid();
        var channelKey = command.Channel!.Trim().ToLowerInvariant();
        var channel = await db.Channels.AsNoTracking().SingleOrDefaultAsync(found => found.Key == channelKey, cancellationToken)
            ?? throw ValidationFailedException.For("channel", $"Unknown channel '{command.Channel}'.");
        var pseudonym = pseudonyms.Of(channel.Kind, command.Author!);
        var preference = await db.AuthorUsePreferences.SingleOrDefaultAsync(found => found.AuthorPseudonym == pseudonym, cancellationToken);
        if (preference is null)
        {
            preference = AuthorUsePreference.For(pseudonym);
            db.AuthorUsePreferences.Add(preference);
        }

        var before = preference.ChangedAt == default ? null : new { preference.LimitSensitiveDataUse };
        if (preference.Set(command.Limit!.Value, time.GetUtcNow()))
        {
            // The pseudonym, not the handle: the audit trail must not become the place the handle is kept.
            audit.Record("privacy.sensitive_data_use_limit_set", nameof(AuthorUsePreference), pseudonym, before, new { preference.LimitSensitiveDataUse, network = channel.Kind });
            await db.SaveChangesAsync(cancellationToken);
        }

        return new AuthorDataUseLimitDto(pseudonym, preference.LimitSensitiveDataUse, preference.ChangedAt);
    }
}
