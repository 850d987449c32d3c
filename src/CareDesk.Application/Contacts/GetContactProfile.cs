using CareDesk.Application.Abstractions;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

public sealed record GetContactProfileQuery(int Number);

/// <summary>
/// One person across channels: identities, conversations and cases on every channel (through the posts their identities
/// wrote), consent answers given under any of their identities, registrations under any of their e-mails, merges, match proposals, and the audit of the profile.
/// </summary>
public sealed class GetContactProfileHandler(IAppDbContext db, ContactDataUseLimits limits)
{
    public async Task<ContactProfileDto> HandleAsync(GetContactProfileQuery query, CancellationToken cancellationToken)
    {
        var profile = await db.ContactProfiles.AsNoTracking().SingleOrDefaultAsync(found => found.Number == query.Number, cancellationToken)
            ?? throw new Common.NotFoundException("Contact", query.Number);
        var numbers = await db.ContactProfiles.AsNoTracking().ToDictionaryAsync(found => found.Id, found => found.Number, cancellationToken);
        var identities = await db.ContactIdentities.AsNoTracking().Where(identity => identity.ProfileId == profile.Id)
            .OrderBy(identity => identity.AddedAt).ToListAsync(cancellationToken);
        var identityIds = identities.Select(identity => identity.Id).ToList();

        var conversations = await (from link in db.ContactPostLinks.AsNoTracking()
                                   where identityIds.Contains(link.IdentityId)
                                   join post in db.Posts.AsNoTracking() on link.PostId equals post.Id
                                   join item in db.Cases.AsNoTracking() on link.CaseId equals item.Id
                                   join channel in db.Channels.AsNoTracking() on item.ChannelId equals channel.Id
                                   select new { item.Number, channel.Key, item.Status, item.Summary, item.OpenedAt, post.IsPublic })
            .ToListAsync(cancellationToken);

        // Consent is captured per channel key and the handle as the channel gave it: match on the normalised value.
        var values = identities.Select(identity => identity.Value).ToHashSet(StringComparer.Ordinal);
        var consents = (await db.ConsentRecords.AsNoTracking().ToListAsync(cancellationToken))
            .Where(record => values.Contains(ContactIdentity.Normalise(ContactIdentity.KindOfAuthor(record.Handle), record.Handle)))
            .OrderByDescending(record => record.CapturedAt).ToList();

        // A registration belongs to the profile holding its e-mail on the "email" network (ContactResolver attaches it there).
        // Submissions keep the e-mail as typed, identities keep it normalised: compare trimmed and lower-cased.
        var emails = identities.Where(identity => identity.Channel == ContactResolver.EmailNetwork && identity.Kind == ContactIdentityKind.Email)
            .Select(identity => identity.Value).ToList();
#pragma warning disable CA1304 // ToLower() is translated to SQL lower(), never run in .NET.
        var submissions = emails.Count == 0 ? [] : await db.RegistrationSubmissions.AsNoTracking()
            .Where(submission => emails.Contains(submission.Email.Trim().ToLower())).ToListAsync(cancellationToken);
#pragma warning restore CA1304
        var registrations = submissions.OrderByDescending(submission => submission.SubmittedAt)
            .Select(submission => new ContactRegistrationDto(submission.Id, submission.BrandSlug, submission.FormSlug, submission.FormVersion,
                submission.ConsentDecision.ToString(), submission.EmailVerifiedBy, submission.SubmittedAt)).ToList();

        var merges = await db.ContactMerges.AsNoTracking().Where(merge => merge.SurvivorId == profile.Id || merge.MergedId == profile.Id)
            .OrderByDescending(merge => merge.MergedAt).ToListAsync(cancellationToken);
        var matches = await db.ContactMatchProposals.AsNoTracking().Where(proposal => proposal.ProfileId == profile.Id || proposal.CandidateId == profile.Id)
            .OrderByDescending(proposal => proposal.ProposedAt).ToListAsync(cancellationToken);
        var profileId = profile.Id.ToString();
        var history = await db.AuditEntries.AsNoTracking().Where(entry => entry.EntityType == nameof(ContactProfile) && entry.EntityId == profileId)
            .OrderByDescending(entry => entry.Sequence).Select(entry => new ContactAuditDto(entry.At, entry.Actor, entry.Action, entry.Reason))
            .ToListAsync(cancellationToken);

        return new ContactProfileDto(
            profile.Id, profile.Number, profile.Role, profile.RoleSource, profile.PreferredChannel, profile.Language, profile.DoNotContact,
            profile.LimitSensitiveDataUse || await limits.AnyLimitedAsync(identities, cancellationToken),
            profile.MergedIntoId is { } into ? numbers.GetValueOrDefault(into) : null,
            [.. identities.Select(ContactIdentityDto.Of)],
            [.. conversations.GroupBy(row => row.Number).OrderByDescending(group => group.First().OpenedAt).Select(group =>
                new ContactConversationDto(group.Key, group.First().Key, group.First().Status, group.First().Summary, group.First().OpenedAt, group.Count(),
                    group.Any(row => row.IsPublic)))],
            [.. consents.Select(record => new ContactConsentDto(record.Id, record.ChannelKey, record.Purpose.ToString(), record.Decision.ToString(),
                record.TextVersion, record.CapturedAt, record.WithdrawnAt))],
            [.. merges.Select(merge => new ContactMergeDto(merge.Id, numbers.GetValueOrDefault(merge.SurvivorId), numbers.GetValueOrDefault(merge.MergedId),
                merge.IdentityIds.Count, merge.Reason, merge.MergedBy, merge.MergedAt, merge.UndoneAt, merge.UndoReason))],
            [.. matches.Select(proposal => new ContactMatchDto(proposal.Id, numbers.GetValueOrDefault(proposal.ProfileId == profile.Id ? proposal.CandidateId : proposal.ProfileId),
                proposal.Evidence, proposal.Status, proposal.ProposedAt))],
            history,
            registrations);
    }
}
