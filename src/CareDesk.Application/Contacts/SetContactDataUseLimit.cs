using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

public sealed record SetContactDataUseLimitCommand(int Number, bool? Limit);

/// <summary>
/// R44 on the profile: "Limit the use of my sensitive personal information" covers every handle the person uses, and
/// handles attached later. Posts are still screened for AEs; listening analytics leave them out.
/// </summary>
public sealed class SetContactDataUseLimitHandler(IAppDbContext db, ContactDataUseLimits limits, AuditTrail audit, TimeProvider time)
{
    public async Task HandleAsync(SetContactDataUseLimitCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("limit", command.Limit).ThrowIfInvalid();
        var profile = await db.LoadProfileAsync(command.Number, cancellationToken);
        var before = ContactSnapshot.Of(profile);
        var now = time.GetUtcNow();
        profile.SetDataUseLimit(command.Limit!.Value, now);
        foreach (var identity in await db.ContactIdentities.Where(identity => identity.ProfileId == profile.Id).ToListAsync(cancellationToken))
        {
            await limits.ApplyAsync(identity, command.Limit.Value, now, cancellationToken);
        }

        audit.Record("privacy.sensitive_data_use_limit_set", nameof(ContactProfile), profile.Id, before, ContactSnapshot.Of(profile));
        await db.SaveChangesAsync(cancellationToken);
    }
}
