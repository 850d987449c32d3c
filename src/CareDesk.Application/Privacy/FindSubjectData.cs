using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Application.Contacts;
using CareDesk.Domain.Contacts;
using CareDesk.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

public sealed record FindSubjectDataQuery(string? Subject);

public sealed record SubjectPostDto(Guid PostId, int CaseNumber, string Channel, string Author, string Text, DateTimeOffset PostedAt, bool AdverseEventRecord);

/// <summary>A contact profile found for the subject, with every identity it holds (the person's, as staff linked them).</summary>
public sealed record SubjectContactDto(Guid Id, int Number, ContactRole Role, bool DoNotContact, IReadOnlyList<ContactIdentityDto> Identities);

public sealed record SubjectRegistrationDto(Guid Id, string Brand, string Form, int FormVersion, string Email, IReadOnlyDictionary<string, string> Answers,
    ConsentDecision Consent, DateTimeOffset SubmittedAt);

public sealed record SubjectCsatCommentDto(Guid SurveyId, int CaseNumber, int? Score, string Comment, DateTimeOffset? AnsweredAt);

public sealed record SubjectDataDto(string Subject, IReadOnlyList<SubjectPostDto> Posts, IReadOnlyList<ConsentRecordDto> Consents,
    IReadOnlyList<SubjectContactDto> Contacts, IReadOnlyList<SubjectRegistrationDto> Registrations, IReadOnlyList<SubjectCsatCommentDto> CsatComments);

/// <summary>Everything held about a person, found by handle, e-mail or name on every channel (R42 access and search).</summary>
public sealed class FindSubjectDataHandler(IAppDbContext db, ICurrentActor actor)
{
    public async Task<SubjectDataDto> HandleAsync(FindSubjectDataQuery query, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("search personal data");
        new Validation().Required("subject", query.Subject).MaxLength("subject", query.Subject, DataSubjectRequest.MaxSubjectLength).ThrowIfInvalid();
        return await db.FindSubjectDataAsync(query.Subject!.Trim(), cancellationToken);
    }
}

internal static class SubjectDataSearch
{
    /// <summary>A handle or e-mail matches exactly (ignoring case); a name matches any author that contains it.</summary>
    public static async Task<SubjectDataDto> FindSubjectDataAsync(this IAppDbContext db, string subject, CancellationToken cancellationToken)
    {
        // LIKE ignores case on SQLite but not on PostgreSQL, so both sides are lower-cased (ADR-019); the wildcard
        // characters of the term itself are escaped. A handle or e-mail (it has an @) must match whole, so "@sam" never
        // erases "@sam_r"; a name matches inside an author.
        var escaped = subject.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        var pattern = subject.Contains('@', StringComparison.Ordinal) ? escaped : "%" + escaped + "%";
        // ToLower() is translated to SQL lower(), never run in .NET, so CA1304's culture concern does not apply.
#pragma warning disable CA1304
        var rows = await db.Posts.AsNoTracking()
            .Join(db.Cases, post => post.CaseId, item => item.Id, (post, item) => new { post, item })
            .Join(db.Channels, found => found.post.ChannelId, channel => channel.Id, (found, channel) => new { found.post, found.item, channel.Key })
            .Where(found => EF.Functions.Like(found.post.Author.ToLower(), pattern, "\\"))
            .OrderBy(found => found.post.PostedAt)
            .ToListAsync(cancellationToken);
        var posts = rows.Select(found => new SubjectPostDto(found.post.Id, found.item.Number, found.Key, found.post.Author, found.post.Text,
            found.post.PostedAt, found.item.IsAdverseEventRecord)).ToList();
        var contacts = await db.FindSubjectContactsAsync(subject, pattern, [.. rows.Select(found => found.post.Id)], cancellationToken);
        var emails = contacts.SelectMany(contact => contact.Identities)
            .Where(identity => identity.Kind == ContactIdentityKind.Email && !identity.Value.StartsWith(ContactIdentity.PseudonymPrefix, StringComparison.Ordinal))
            .Select(identity => identity.Value).ToHashSet(StringComparer.Ordinal);
        if (ContactIdentity.KindOfAuthor(subject) == ContactIdentityKind.Email)
        {
            emails.Add(ContactIdentity.Normalise(ContactIdentityKind.Email, subject));
        }

        var authors = posts.Select(post => post.Author).Distinct().ToList();
        var consents = await db.ConsentRecords.AsNoTracking()
            .Where(record => authors.Contains(record.Handle) || EF.Functions.Like(record.Handle.ToLower(), pattern, "\\") || emails.Contains(record.Handle.Trim().ToLower()))
            .OrderBy(record => record.CapturedAt).ToListAsync(cancellationToken);
        var registrations = emails.Count == 0 ? [] : await db.RegistrationSubmissions.AsNoTracking()
            .Where(submission => emails.Contains(submission.Email.Trim().ToLower())).ToListAsync(cancellationToken);
#pragma warning restore CA1304
        var caseNumbers = rows.DistinctBy(found => found.item.Id).ToDictionary(found => found.item.Id, found => found.item.Number);
        var caseIds = caseNumbers.Keys.ToList();
        var surveys = await db.CsatSurveys.AsNoTracking().Where(survey => caseIds.Contains(survey.CaseId) && survey.Comment != null).ToListAsync(cancellationToken);
        return new SubjectDataDto(subject, posts, [.. consents.Select(ConsentRecordDto.Of)], contacts,
            [.. registrations.OrderBy(submission => submission.SubmittedAt).Select(submission => new SubjectRegistrationDto(submission.Id, submission.BrandSlug,
                submission.FormSlug, submission.FormVersion, submission.Email, submission.Answers, submission.ConsentDecision, submission.SubmittedAt))],
            [.. surveys.Select(survey => new SubjectCsatCommentDto(survey.Id, caseNumbers[survey.CaseId], survey.Score, survey.Comment!, survey.AnsweredAt))]);
    }

    /// <summary>
    /// The profiles behind the subject's posts (through the post links), or holding the subject as an identity: exact for a
    /// handle, e-mail or phone (compared normalised, as identities are stored), "contains" for a name.
    /// </summary>
    private static async Task<List<SubjectContactDto>> FindSubjectContactsAsync(
        this IAppDbContext db, string subject, string pattern, List<Guid> postIds, CancellationToken cancellationToken)
    {
        var kind = ContactIdentity.KindOfAuthor(subject);
        var exact = subject.Contains('@', StringComparison.Ordinal) || kind == ContactIdentityKind.Phone;
        var value = ContactIdentity.Normalise(kind, subject);
        var linked = await db.ContactPostLinks.Where(link => postIds.Contains(link.PostId)).Select(link => link.IdentityId).Distinct().ToListAsync(cancellationToken);
        var matching = exact
            ? db.ContactIdentities.Where(identity => identity.Kind == kind && identity.Value == value)
            : db.ContactIdentities.Where(identity => EF.Functions.Like(identity.Value, pattern, "\\"));
        var owners = (await matching.Select(identity => identity.ProfileId).ToListAsync(cancellationToken))
            .Concat(await db.ContactIdentities.Where(identity => linked.Contains(identity.Id)).Select(identity => identity.ProfileId).ToListAsync(cancellationToken))
            .Distinct().ToList();
        var profiles = await db.ContactProfiles.AsNoTracking().Where(profile => owners.Contains(profile.Id)).OrderBy(profile => profile.Number).ToListAsync(cancellationToken);
        var identities = (await db.ContactIdentities.AsNoTracking().Where(identity => owners.Contains(identity.ProfileId)).ToListAsync(cancellationToken))
            .ToLookup(identity => identity.ProfileId);
        return [.. profiles.Select(profile => new SubjectContactDto(profile.Id, profile.Number, profile.Role, profile.DoNotContact,
            [.. identities[profile.Id].OrderBy(identity => identity.AddedAt).Select(ContactIdentityDto.Of)]))];
    }
}
