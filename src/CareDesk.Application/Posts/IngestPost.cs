using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Contacts;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Application.Sla;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Posts;

/// <summary>
/// A normalized post from any channel. <paramref name="ReceivedAt"/> is stamped by the host at the door; <paramref name="ListeningQueryVersion"/>
/// names the listening query version that found it on a source the company does not own (R13).
/// </summary>
public sealed record IngestPostCommand(
    string? Channel,
    string? ExternalId,
    string? Author,
    string? Text,
    DateTimeOffset? PostedAt,
    string? ThreadId,
    string? ParentId,
    bool? IsPublic,
    DateTimeOffset ReceivedAt,
    int? ListeningQueryVersion = null);

public sealed record IngestPostResult(Guid PostId, Guid CaseId, int CaseNumber, bool Created, IReadOnlyList<TriageLabel> Labels, Priority Priority);

/// <summary>
/// Stores a post once (idempotent on channel + external id), screens it, and files it into its thread's case with
/// SLA clocks started from the time it was received; its labels open their linked records (PV intake, Quality
/// complaint, MI request). Post, case, clocks, records and audit commit in one transaction.
/// </summary>
public sealed class IngestPostHandler(IAppDbContext db, IPostClassifier classifier, AuditTrail audit, IOptions<SlaOptions> slaOptions, IOptions<PvOptions> pvOptions,
    ContactResolver contacts)
{
    public async Task<IngestPostResult> HandleAsync(IngestPostCommand command, CancellationToken cancellationToken)
    {
        Validate(command);
        var channelKey = command.Channel!.Trim().ToLowerInvariant();
        var channel = await db.Channels.SingleOrDefaultAsync(item => item.Key == channelKey, cancellationToken)
            ?? throw ValidationFailedException.For("channel", $"Unknown channel '{command.Channel}'. Register it first or use one of the configured channel keys.");

        var externalId = command.ExternalId!.Trim();
        if (await FindExistingAsync(channel.Id, externalId, cancellationToken) is { } existing)
        {
            return existing;
        }

        // Take the write lock before reading the thread's case and the next case number: on SQLite BEGIN is
        // IMMEDIATE, so a second writer (another request, the CLI) waits instead of taking the same number.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await FindExistingAsync(channel.Id, externalId, cancellationToken) is { } repeated)
        {
            return repeated;
        }

        var isPublic = command.IsPublic ?? channel.PublicByDefault;
        var brand = await db.Brands.Where(item => item.Id == channel.BrandId).Select(item => item.Name).SingleAsync(cancellationToken);
        var triage = await classifier.ClassifyAsync(new TriageInput(command.Text!, channel.Kind, isPublic, command.Author, brand), cancellationToken);
        var calendar = await db.Calendars.SingleOrDefaultAsync(item => item.Code == channel.CalendarCode, cancellationToken)
            ?? throw new InvalidOperationException($"Channel '{channel.Key}' points at calendar '{channel.CalendarCode}', which does not exist.");

        var received = new ReceivedPost(externalId, command.Author!, command.Text!, command.PostedAt!.Value, command.ReceivedAt, command.ThreadId, command.ParentId, isPublic,
            command.ListeningQueryVersion);
        var threadKey = Post.ThreadKeyOf(externalId, command.ThreadId, command.ParentId);
        var subject = await db.Cases.Include(item => item.Clocks)
            .SingleOrDefaultAsync(item => item.ChannelId == channel.Id && item.ThreadKey == threadKey, cancellationToken);
        var before = subject is null ? null : CaseSnapshot.Of(subject);
        if (subject is null)
        {
            var number = (await db.Cases.MaxAsync(item => (int?)item.Number, cancellationToken) ?? 0) + 1;
            subject = Case.Open(number, channel.Id, threadKey, received.Author, received.Text, received.ReceivedAt, fromListening: received.ListeningQueryVersion is not null);
            db.Cases.Add(subject);
        }

        subject.AddScreenedPost(triage, received.ReceivedAt, calendar, slaOptions.Value.ToPolicy());
        var post = Post.Receive(received, channel.Id, subject.Id, triage);
        db.Posts.Add(post);

        audit.RecordPersonal(subject.Id, "post.received", nameof(Post), post.Id, null, new { channel = channel.Key, post.ExternalId, post.Author, post.Text, post.PostedAt, post.ReceivedAt, post.IsPublic });
        audit.Record("triage.screened", nameof(Post), post.Id, null, new { triage.Labels, triage.Priority, triage.Classifier, triage.Hits });
        audit.Record(before is null ? "case.opened" : "case.post_added", nameof(Case), subject.Id, before, CaseSnapshot.Of(subject));
        await contacts.AttachAsync(channel, post, received.ReceivedAt, cancellationToken);

        // Each label reaches its own queue on arrival: PV (also special situations, R6), Quality and Medical Information (R14).
        await LinkedRecordsOpener.OpenAsync(db, audit, pvOptions.Value, subject, post, channel.Key, brand, cancellationToken);

        // On a moderated owned page, filters and pre-moderation only hide the comment on the page: it stays screened and filed (R12).
        await Moderation.PostModeration.ApplyAsync(db, audit, channel, subject, post, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same post may have won the race: answer as the repeat it is.
            if (await FindExistingAsync(channel.Id, externalId, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        return new IngestPostResult(post.Id, subject.Id, subject.Number, true, triage.Labels, triage.Priority);
    }

    private async Task<IngestPostResult?> FindExistingAsync(Guid channelId, string externalId, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking()
            .Where(post => post.ChannelId == channelId && post.ExternalId == externalId)
            .Join(db.Cases, post => post.CaseId, item => item.Id, (post, item) => new { post.Id, post.CaseId, item.Number, post.Labels, post.Priority })
            .Select(found => new IngestPostResult(found.Id, found.CaseId, found.Number, false, found.Labels, found.Priority))
            .SingleOrDefaultAsync(cancellationToken);

    private static void Validate(IngestPostCommand command)
    {
        var validation = new Validation()
            .Required("channel", command.Channel)
            .Required("externalId", command.ExternalId)
            .MaxLength("externalId", command.ExternalId, Post.MaxExternalIdLength)
            .Required("author", command.Author)
            .MaxLength("author", command.Author, Post.MaxAuthorLength)
            .Required("text", command.Text)
            .Required("postedAt", command.PostedAt);
        if (command.Text is { } text && System.Text.Encoding.UTF8.GetByteCount(text) > Post.MaxTextBytes)
        {
            validation.Add("text", $"'text' is {System.Text.Encoding.UTF8.GetByteCount(text)} bytes; the limit is {Post.MaxTextBytes} bytes (64 KB).");
        }

        validation.ThrowIfInvalid();
    }
}
