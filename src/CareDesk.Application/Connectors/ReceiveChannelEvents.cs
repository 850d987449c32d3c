using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Application.Listening;
using CareDesk.Application.Posts;
using CareDesk.Application.Sla;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Connectors;

/// <param name="Created">New posts stored and screened.</param>
/// <param name="Repeats">Items or changes already stored (a re-delivery or an overlapping poll).</param>
/// <param name="Changes">Edits, deletions, hides and unhides recorded against stored posts.</param>
/// <param name="Rejected">Items refused (e.g. over 64 KB); each one is in the audit trail with its reason.</param>
public sealed record ReceiveChannelEventsResult(int Created, int Repeats, int Changes, int Rejected)
{
    /// <summary>Listening hits outside product and therapy scope, discarded and logged by hashed id only (R43a).</summary>
    public int Discarded { get; init; }

    public int Total => Created + Repeats + Changes + Rejected + Discarded;
}

/// <summary>
/// Stores what a connector read from the network. New items go through the same intake as the API (idempotent on
/// channel + external id, screened, filed into the thread's case); an edit becomes a revision that is screened again;
/// deletions and hides are recorded, never applied to the stored post (R10).
/// </summary>
public sealed class ReceiveChannelEventsHandler(IAppDbContext db, IngestPostHandler ingest, IPostClassifier classifier, AuditTrail audit, IOptions<SlaOptions> slaOptions,
    ListeningScope scope, AuthorPseudonyms pseudonyms)
{
    public async Task<ReceiveChannelEventsResult> HandleAsync(Channel channel, IReadOnlyList<ChannelEvent> events, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        int created = 0, repeats = 0, changes = 0, rejected = 0, discarded = 0;
        Func<string, bool>? inScope = null;
        foreach (var item in events)
        {
            // R43a: a public search hit about something else is not ours to keep. Owned-channel items never come here (R12).
            if (item is { FromListening: true, Kind: ChannelEventKind.Created })
            {
                inScope ??= await scope.ForChannelAsync(channel, cancellationToken);
                if (!inScope(TextOf(item)))
                {
                    if (await DiscardAsync(channel, item, receivedAt, cancellationToken))
                    {
                        discarded++;
                    }
                    else
                    {
                        repeats++;
                    }

                    continue;
                }
            }

            var outcome = item.Kind == ChannelEventKind.Created
                ? await CreateAsync(channel, item, receivedAt, cancellationToken)
                : await ChangeAsync(channel, item, receivedAt, cancellationToken);
            switch (outcome)
            {
                case Outcome.Created: created++; break;
                case Outcome.Repeat: repeats++; break;
                case Outcome.Changed: changes++; break;
                default: rejected++; break;
            }
        }

        return new ReceiveChannelEventsResult(created, repeats, changes, rejected) { Discarded = discarded };
    }

    /// <summary>Logs the discard by keyed hash only; returns false for a re-delivery of an item already discarded.</summary>
    private async Task<bool> DiscardAsync(Channel channel, ChannelEvent item, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var hash = pseudonyms.OfItem(channel.Key, item.ExternalId);
        if (await db.DiscardedListeningItems.AnyAsync(found => found.ChannelId == channel.Id && found.ItemHash == hash, cancellationToken))
        {
            return false;
        }

        db.DiscardedListeningItems.Add(Domain.Listening.DiscardedListeningItem.Log(channel.Id, hash, channel.ListeningQueryVersion, receivedAt));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<Outcome> CreateAsync(Channel channel, ChannelEvent item, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var command = new IngestPostCommand(channel.Key, item.ExternalId, AuthorOf(item), TextOf(item), item.OccurredAt ?? receivedAt, item.ThreadId, item.ParentId, item.IsPublic, receivedAt,
            item.FromListening ? channel.ListeningQueryVersion : null);
        try
        {
            return (await ingest.HandleAsync(command, cancellationToken)).Created ? Outcome.Created : Outcome.Repeat;
        }
        catch (ValidationFailedException invalid)
        {
            // Refusing one oversized item must not block the channel's checkpoint forever; it is kept in the audit trail instead.
            audit.Record("channel.item_rejected", nameof(Channel), channel.Id, null, new { channel = channel.Key, item.ExternalId, item.Author, reason = invalid.Message });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Rejected;
        }
    }

    private async Task<Outcome> ChangeAsync(Channel channel, ChannelEvent item, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().SingleOrDefaultAsync(found => found.ChannelId == channel.Id && found.ExternalId == item.ExternalId, cancellationToken);
        if (post is null)
        {
            // An edit of something never seen is still something to screen; a delete or hide of it is only worth a record.
            if (item.Kind == ChannelEventKind.Edited && item.Text is not null)
            {
                return await CreateAsync(channel, item with { Kind = ChannelEventKind.Created }, receivedAt, cancellationToken);
            }

            audit.Record("post.change_for_unknown_post", nameof(Channel), channel.Id, null, new { channel = channel.Key, item.ExternalId, kind = item.Kind, item.OccurredAt });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Changed;
        }

        var history = await db.PostChanges.AsNoTracking().Where(change => change.PostId == post.Id).OrderBy(change => change.ReceivedAt).ToListAsync(cancellationToken);
        return item.Kind == ChannelEventKind.Edited
            ? await EditAsync(channel, post, history, item, receivedAt, cancellationToken)
            : await RecordAsync(post, history, item, receivedAt, cancellationToken);
    }

    private async Task<Outcome> EditAsync(Channel channel, Post post, List<PostChange> history, ChannelEvent item, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var text = TextOf(item);
        var current = history.LastOrDefault(change => change.Kind == PostChangeKind.Edited)?.Text ?? post.Text;
        if (string.Equals(current, text, StringComparison.Ordinal))
        {
            return Outcome.Repeat;
        }

        var brand = await db.Brands.Where(found => found.Id == channel.BrandId).Select(found => found.Name).SingleAsync(cancellationToken);
        var triage = await classifier.ClassifyAsync(new TriageInput(text, channel.Kind, post.IsPublic, post.Author, brand), cancellationToken);
        var calendar = await db.Calendars.SingleAsync(found => found.Code == channel.CalendarCode, cancellationToken);
        var subject = await db.Cases.Include(found => found.Clocks).SingleAsync(found => found.Id == post.CaseId, cancellationToken);
        var before = CaseSnapshot.Of(subject);

        var revision = PostChange.Edit(post.Id, text, item.OccurredAt, receivedAt, triage);
        db.PostChanges.Add(revision);
        subject.AddScreenedPost(triage, receivedAt, calendar, slaOptions.Value.ToPolicy());
        audit.Record("post.edited", nameof(Post), post.Id, new { text = current }, new { text, item.OccurredAt, revision = revision.Id });
        audit.Record("triage.screened", nameof(Post), post.Id, null, new { revision = revision.Id, triage.Labels, triage.Priority, triage.Classifier, triage.Hits });
        audit.Record("case.post_edited", nameof(Domain.Cases.Case), subject.Id, before, CaseSnapshot.Of(subject));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Changed;
    }

    private async Task<Outcome> RecordAsync(Post post, List<PostChange> history, ChannelEvent item, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var kind = item.Kind switch
        {
            ChannelEventKind.Deleted => PostChangeKind.Deleted,
            ChannelEventKind.Hidden => PostChangeKind.Hidden,
            _ => PostChangeKind.Unhidden,
        };
        var latest = history.LastOrDefault(change => change.Kind != PostChangeKind.Edited);
        if (latest is not null && latest.Kind == kind && Nullable.Equals(latest.OccurredAt, item.OccurredAt?.ToUniversalTime()))
        {
            return Outcome.Repeat;
        }

        db.PostChanges.Add(PostChange.Record(post.Id, kind, item.OccurredAt, receivedAt));
        audit.Record($"post.{kind.ToString().ToLowerInvariant()}_on_platform", nameof(Post), post.Id, null, new { item.OccurredAt });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Changed;
    }

    private static string AuthorOf(ChannelEvent item) =>
        !string.IsNullOrWhiteSpace(item.Author) ? item.Author : item.AuthorPlatformId ?? item.AuthorDisplayName ?? "unknown";

    /// <summary>An attachment-only item (a photo comment) still becomes a post a person can see, never an empty one that fails intake.</summary>
    private static string TextOf(ChannelEvent item)
    {
        var attachments = (item.Attachments ?? []).Select(attachment => $"[{attachment.Kind}{(attachment.Url is null ? string.Empty : ": " + attachment.Url)}]");
        var text = string.Join("\n", new[] { item.Text }.Concat(attachments).Where(part => !string.IsNullOrWhiteSpace(part)));
        return text.Length == 0 ? "[no text]" : text;
    }

    private enum Outcome
    {
        Created,
        Repeat,
        Changed,
        Rejected,
    }
}
