using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Contacts;

namespace CareDesk.Application.Contacts;

/// <param name="RoleSource">SelfDeclared (the person said so) or VerifiedByStaff; triage hints are set only by screening.</param>
public sealed record UpdateContactProfileCommand(int Number, ContactRole? Role, ContactRoleSource? RoleSource, string? PreferredChannel, string? Language,
    bool DoNotContact, string? Reason);

/// <summary>Staff record who the person is (patient, caregiver, HCP, and how we know) and how they want to be contacted.</summary>
public sealed class UpdateContactProfileHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task HandleAsync(UpdateContactProfileCommand command, CancellationToken cancellationToken)
    {
        var validation = new Validation()
            .Required("role", command.Role)
            .MaxLength("preferredChannel", command.PreferredChannel, ContactIdentity.MaxChannelLength)
            .MaxLength("language", command.Language, ContactProfile.MaxLanguageLength)
            .MaxLength("reason", command.Reason, ContactMerge.MaxReasonLength);
        if (command.Role is not null and not ContactRole.Unknown && command.RoleSource is not (ContactRoleSource.SelfDeclared or ContactRoleSource.VerifiedByStaff))
        {
            validation.Add("roleSource", "Say how the role is known: SelfDeclared or VerifiedByStaff.");
        }

        validation.ThrowIfInvalid();
        var profile = await db.LoadProfileAsync(command.Number, cancellationToken);
        var before = ContactSnapshot.Of(profile);
        var now = time.GetUtcNow();
        profile.SetRole(command.Role!.Value, command.RoleSource ?? ContactRoleSource.VerifiedByStaff, now);
        profile.SetPreferences(command.PreferredChannel, command.Language, command.DoNotContact, now);
        var after = ContactSnapshot.Of(profile);
        if (after != before)
        {
            audit.Record("contact.profile_updated", nameof(ContactProfile), profile.Id, before, after, command.Reason);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
