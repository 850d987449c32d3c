using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Contacts;
using CareDesk.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

/// <summary>
/// Attaches every ingested post's author to a contact profile, in the ingest's unit of work: an exact identity match
/// (same channel, same handle, e-mail or phone) joins the existing profile; anything else opens a new one. The same
/// e-mail or phone on another channel only proposes a match for staff to confirm, never merges by itself.
/// </summary>
public sealed class ContactResolver(IAppDbContext db, AuditTrail audit, ContactDataUseLimits limits)
{
    public const string IngestSource = "ingest";
    public const string RegistrationSource = "registration";

    /// <summary>E-mail addresses are one network whatever brought them in: an inbox correspondent or a registration.</summary>
    public const string EmailNetwork = "email";

    public async Task AttachAsync(Channel channel, Post post, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var network = NetworkOf(channel.Kind);
        var kind = ContactIdentity.KindOfAuthor(post.Author);
        var value = ContactIdentity.Normalise(kind, post.Author);
        var identity = await db.ContactIdentities.SingleOrDefaultAsync(
            found => found.Channel == network && found.Kind == kind && found.Value == value, cancellationToken);
        ContactProfile profile;
        if (identity is null)
        {
            profile = ContactProfile.Create(await NextNumberAsync(cancellationToken), at);
            identity = ContactIdentity.Add(profile.Id, network, kind, post.Author, IngestSource, at);
            db.ContactProfiles.Add(profile);
            db.ContactIdentities.Add(identity);
            audit.Record("contact.profile_created", nameof(ContactProfile), profile.Id, null, ContactSnapshot.Of(profile));
            audit.RecordPersonal(profile.Id, "contact.identity_added", nameof(ContactProfile), profile.Id, null, IdentityRecord.Of(identity));
            await ProposeMatchesAsync(db, profile, identity, at, cancellationToken);
        }
        else
        {
            profile = await db.ContactProfiles.SingleAsync(found => found.Id == identity.ProfileId, cancellationToken);
        }

        db.ContactPostLinks.Add(ContactPostLink.Of(post.Id, identity.Id, post.CaseId));
        if (RoleHint(post.Signals?.ReporterRole) is { } role && profile.Role == ContactRole.Unknown)
        {
            var before = ContactSnapshot.Of(profile);
            if (profile.SetRole(role, ContactRoleSource.TriageHint, at))
            {
                audit.Record("contact.role_hinted", nameof(ContactProfile), profile.Id, before, ContactSnapshot.Of(profile), $"post {post.Id}");
            }
        }

        if (profile.LimitSensitiveDataUse)
        {
            await limits.ApplyAsync(identity, true, at, cancellationToken);
        }
    }

    /// <summary>
    /// A registration joins the profile holding the same e-mail identity (exact match), or opens one; the same address
    /// elsewhere only proposes a match, as at ingest. An HCP form is the person's own word: self-declared, which never
    /// overrides a role staff verified.
    /// </summary>
    public async Task<ContactProfile> AttachRegistrationAsync(string email, bool declaresHcp, Guid submissionId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var value = ContactIdentity.Normalise(ContactIdentityKind.Email, email);
        var identity = await db.ContactIdentities.SingleOrDefaultAsync(
            found => found.Channel == EmailNetwork && found.Kind == ContactIdentityKind.Email && found.Value == value, cancellationToken);
        ContactProfile profile;
        if (identity is null)
        {
            profile = ContactProfile.Create(await NextNumberAsync(cancellationToken), at);
            identity = ContactIdentity.Add(profile.Id, EmailNetwork, ContactIdentityKind.Email, email, RegistrationSource, at);
            db.ContactProfiles.Add(profile);
            db.ContactIdentities.Add(identity);
            audit.Record("contact.profile_created", nameof(ContactProfile), profile.Id, null, ContactSnapshot.Of(profile), $"registration {submissionId}");
            audit.RecordPersonal(profile.Id, "contact.identity_added", nameof(ContactProfile), profile.Id, null, IdentityRecord.Of(identity));
            await ProposeMatchesAsync(db, profile, identity, at, cancellationToken);
        }
        else
        {
            profile = await db.ContactProfiles.SingleAsync(found => found.Id == identity.ProfileId, cancellationToken);
        }

        if (declaresHcp && profile.IsActive)
        {
            var before = ContactSnapshot.Of(profile);
            if (profile.SetRole(ContactRole.Hcp, ContactRoleSource.SelfDeclared, at))
            {
                audit.Record("contact.role_self_declared", nameof(ContactProfile), profile.Id, before, ContactSnapshot.Of(profile), $"registration {submissionId}");
            }
        }

        return profile;
    }

    /// <summary>Handles are unique per network, not per brand channel: "jane" on two brands' X accounts is one person.</summary>
    public static string NetworkOf(ChannelKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Each other profile holding the same e-mail or phone on another channel gets one proposal.</summary>
    internal static async Task ProposeMatchesAsync(IAppDbContext db, ContactProfile profile, ContactIdentity identity, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!identity.IsContactPoint)
        {
            return;
        }

        var others = await db.ContactIdentities.AsNoTracking()
            .Where(found => found.Kind == identity.Kind && found.Value == identity.Value && found.Channel != identity.Channel && found.ProfileId != profile.Id)
            .Select(found => new { found.ProfileId, found.Channel }).ToListAsync(cancellationToken);
        var what = identity.Kind == ContactIdentityKind.Email ? "e-mail" : "phone number";
        foreach (var other in others.DistinctBy(found => found.ProfileId))
        {
            var pending = await db.ContactMatchProposals.AnyAsync(found => found.Status == ContactMatchStatus.Proposed
                && ((found.ProfileId == profile.Id && found.CandidateId == other.ProfileId) || (found.ProfileId == other.ProfileId && found.CandidateId == profile.Id)), cancellationToken);
            if (!pending)
            {
                db.ContactMatchProposals.Add(ContactMatchProposal.Propose(profile.Id, other.ProfileId, $"same {what} on {other.Channel} and {identity.Channel}", at));
            }
        }
    }

    private async Task<int> NextNumberAsync(CancellationToken cancellationToken) =>
        Math.Max(
            await db.ContactProfiles.MaxAsync(profile => (int?)profile.Number, cancellationToken) ?? 0,
            db.ContactProfiles.Local.Select(profile => profile.Number).DefaultIfEmpty(0).Max()) + 1;

    private static ContactRole? RoleHint(string? reporterRole) => reporterRole switch
    {
        "patient" => ContactRole.Patient,
        "caregiver" => ContactRole.Caregiver,
        "healthcareprofessional" => ContactRole.Hcp,
        _ => null,
    };
}

/// <summary>An identity as the (sealed) audit entry keeps it.</summary>
public sealed record IdentityRecord(Guid Id, string Channel, ContactIdentityKind Kind, string Value, string Source)
{
    public static IdentityRecord Of(ContactIdentity identity) => new(identity.Id, identity.Channel, identity.Kind, identity.Value, identity.Source);
}
