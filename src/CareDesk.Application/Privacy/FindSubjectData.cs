using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

public sealed record FindSubjectDataQuery(string? Subject);

public sealed record SubjectPostDto(Guid PostId, int CaseNumber, string Channel, string Author, string Text, DateTimeOffset PostedAt, bool AdverseEventRecord);

public sealed record SubjectDataDto(string Subject, IReadOnlyList<SubjectPostDto> Posts, IReadOnlyList<ConsentRecordDto> Consents);

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
        var authors = posts.Select(post => post.Author).Distinct().ToList();
        var consents = await db.ConsentRecords.AsNoTracking()
            .Where(record => authors.Contains(record.Handle) || EF.Functions.Like(record.Handle.ToLower(), pattern, "\\"))
            .OrderBy(record => record.CapturedAt).ToListAsync(cancellationToken);
#pragma warning restore CA1304
        return new SubjectDataDto(subject, posts, [.. consents.Select(ConsentRecordDto.Of)]);
    }
}
