using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

/// <param name="Channel">Where the value belongs: a network ("x", "webchat") for a handle, or e.g. "email" or "phone".</param>
public sealed record AddContactIdentityCommand(int Number, string? Channel, ContactIdentityKind? Kind, string? Value);

/// <summary>
/// Staff add an e-mail, phone or handle the person gave them. An identity another profile already holds is refused
/// (merge instead); the same e-mail or phone on another channel proposes a match.
/// </summary>
public sealed class AddContactIdentityHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ContactIdentityDto> HandleAsync(AddContactIdentityCommand command, CancellationToken cancellationToken)
    {
        var validation = new Validation()
            .Required("channel", command.Channel).MaxLength("channel", command.Channel, ContactIdentity.MaxChannelLength)
            .Required("kind", command.Kind)
            .Required("value", command.Value).MaxLength("value", command.Value, ContactIdentity.MaxValueLength);
        if (command.Kind is { } kind && command.Value is { } raw && !ContactIdentity.IsValid(kind, raw))
        {
            validation.Add("value", $"'{raw}' is not a valid {kind.ToString().ToLowerInvariant()}.");
        }

        validation.ThrowIfInvalid();
        var profile = await db.LoadProfileAsync(command.Number, cancellationToken);
        var identity = ContactIdentity.Add(profile.Id, command.Channel!, command.Kind!.Value, command.Value!, actor.UserName, time.GetUtcNow());
        if (await db.ContactIdentities.AnyAsync(found => found.Channel == identity.Channel && found.Kind == identity.Kind && found.Value == identity.Value, cancellationToken))
        {
            throw ValidationFailedException.For("value", "Another profile (or this one) already holds this identity; merge the profiles instead.");
        }

        db.ContactIdentities.Add(identity);
        audit.RecordPersonal(profile.Id, "contact.identity_added", nameof(ContactProfile), profile.Id, null, IdentityRecord.Of(identity));
        await ContactResolver.ProposeMatchesAsync(db, profile, identity, identity.AddedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ContactIdentityDto.Of(identity);
    }
}
