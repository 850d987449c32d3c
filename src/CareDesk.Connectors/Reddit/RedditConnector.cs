using System.Globalization;
using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Domain.Channels;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Reddit;

/// <summary>
/// Polls the brand account's inbox (username mentions, replies to its comments and posts, private messages), an
/// optional keyword search and, when the channel's account is a submission (t3_…), that submission's comment tree.
/// Acts with the account: reply, private message, moderator remove/approve (hide/unhide), delete its own item.
/// Reddit has no webhooks.
/// </summary>
internal sealed class RedditConnector(RedditApiClient api, IOptions<RedditOptions> options) : IChannelConnector
{
    private static readonly (string Key, string Path)[] InboxSources =
    [
        ("mentions", "message/mentions"),
        ("commentReplies", "message/comments"),
        ("messages", "message/messages"),
    ];

    public ChannelKind Kind => ChannelKind.Reddit;

    public async Task<ChannelPollResult> PollAsync(ChannelPollRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checkpoint = RedditCheckpoint.Parse(request.Checkpoint);
        var events = new List<ChannelEvent>();
        var size = options.Value.PageSize;
        foreach (var (key, path) in InboxSources)
        {
            events.AddRange(await ReadListingAsync(checkpoint, key, $"{path}?limit={size}", fromListening: false, cancellationToken));
        }

        if (!string.IsNullOrWhiteSpace(request.ListeningQuery))
        {
            var subreddit = options.Value.ListeningSubreddit;
            var restrict = subreddit == "all" ? string.Empty : "&restrict_sr=on";
            events.AddRange(await ReadListingAsync(checkpoint, "search", $"r/{subreddit}/search?q={Uri.EscapeDataString(request.ListeningQuery)}&sort=new&t=all&type=link{restrict}&limit={size}", fromListening: true, cancellationToken));
        }

        if (request.AccountId?.StartsWith("t3_", StringComparison.Ordinal) == true)
        {
            events.AddRange(await ReadSubmissionAsync(checkpoint, request.AccountId, cancellationToken));
        }

        return new ChannelPollResult([.. events.OrderBy(item => item.OccurredAt)], checkpoint.Serialize(), api.LastRateLimit);
    }

    public async Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var target = action.TargetExternalId;
        switch (action.Kind)
        {
            case ChannelActionKind.Reply:
                ArgumentException.ThrowIfNullOrWhiteSpace(action.Text);
                var created = await api.PostAsync("api/comment", [new("thing_id", target), new("text", action.Text)], cancellationToken);
                var things = created.GetProperty("json").GetProperty("data").GetProperty("things");
                return new ChannelActionResult(true, things[0].GetProperty("data").GetProperty("name").GetString());
            case ChannelActionKind.PrivateMessage:
                ArgumentException.ThrowIfNullOrWhiteSpace(action.Text);
                var recipient = action.Recipient ?? (await InfoAsync(target, cancellationToken))?.Author
                    ?? throw new InvalidOperationException($"Reddit has no author for {target} to write to.");
                await api.PostAsync("api/compose", [new("to", recipient), new("subject", options.Value.PrivateMessageSubject), new("text", action.Text)], cancellationToken);
                return new ChannelActionResult(true);
            case ChannelActionKind.Hide:
                // Moderator removal: gone for the public, still visible to moderators, reversible with approve.
                await api.PostAsync("api/remove", [new("id", target), new("spam", "false")], cancellationToken);
                return new ChannelActionResult(true);
            case ChannelActionKind.Unhide:
                await api.PostAsync("api/approve", [new("id", target)], cancellationToken);
                return new ChannelActionResult(true);
            case ChannelActionKind.Remove:
                // Permanent delete of the account's own item. Reddit answers {} even for someone else's item, so the
                // result is read back: only an item that now shows [deleted] counts as removed.
                await api.PostAsync("api/del", [new("id", target)], cancellationToken);
                var after = await InfoAsync(target, cancellationToken);
                return new ChannelActionResult(after?.Author == "[deleted]");
            default:
                throw new NotSupportedException($"Reddit does not support {action.Kind}.");
        }
    }

    private async Task<RedditThingData?> InfoAsync(string fullname, CancellationToken cancellationToken)
    {
        var listing = await api.GetAsync<RedditListing>($"api/info?id={Uri.EscapeDataString(fullname)}", cancellationToken);
        return listing.Data?.Children?.FirstOrDefault(child => child.Data.Name == fullname)?.Data;
    }

    /// <summary>Newest first, page by page (after=), back to the checkpoint; a first poll starts from the newest page.</summary>
    private async Task<List<ChannelEvent>> ReadListingAsync(RedditCheckpoint checkpoint, string key, string firstPage, bool fromListening, CancellationToken cancellationToken)
    {
        var mark = checkpoint.Sources.GetValueOrDefault(key);
        var fresh = new Dictionary<string, RedditThing>();
        string? after = null;
        do
        {
            var page = await api.GetAsync<RedditListing>(after is null ? firstPage : $"{firstPage}&after={Uri.EscapeDataString(after)}", cancellationToken);
            var children = Validate(page.Data?.Children ?? [], key);
            foreach (var child in children.Where(child => mark is null || !mark.HasReturned(child.Data)))
            {
                fresh.TryAdd(child.Data.Name!, child);
            }

            var reachedMark = mark is null || children.Any(child => mark.HasReturned(child.Data));
            after = reachedMark ? null : page.Data?.After;
        }
        while (after is not null);

        Remember(checkpoint, key, mark, fresh.Values);
        return [.. fresh.Values.Select(thing => RedditEventMapper.ToEvent(thing, fromListening))];
    }

    /// <summary>GET /comments/{article}: [submission listing, comment tree]; replies nest as listings.</summary>
    private async Task<List<ChannelEvent>> ReadSubmissionAsync(RedditCheckpoint checkpoint, string submission, CancellationToken cancellationToken)
    {
        var key = "submission:" + submission;
        var mark = checkpoint.Sources.GetValueOrDefault(key);
        var pages = await api.GetAsync<RedditListing[]>($"comments/{submission["t3_".Length..]}?sort=new&limit=500", cancellationToken);
        var all = Validate([.. pages.SelectMany(Flatten)], key);
        var fresh = all.Where(thing => mark is null || !mark.HasReturned(thing.Data)).ToList();
        Remember(checkpoint, key, mark, fresh);
        return [.. fresh.Select(thing => RedditEventMapper.ToEvent(thing))];
    }

    private static IEnumerable<RedditThing> Flatten(RedditListing listing)
    {
        foreach (var child in listing.Data?.Children ?? [])
        {
            // "more" stubs stand for comments not loaded in this answer (long threads); they are not items.
            if (child.Kind == "more")
            {
                continue;
            }

            yield return child;
            if (child.Data.Replies is { ValueKind: JsonValueKind.Object } replies && replies.Deserialize<RedditListing>(RedditJson.Options) is { } nested)
            {
                foreach (var reply in Flatten(nested))
                {
                    yield return reply;
                }
            }
        }
    }

    private static void Remember(RedditCheckpoint checkpoint, string key, RedditSourceMark? mark, IEnumerable<RedditThing> returned)
    {
        if (RedditSourceMark.Advance(mark, [.. returned.Select(thing => thing.Data)]) is { } next)
        {
            checkpoint.Sources[key] = next;
        }
    }

    /// <summary>An item without fullname or time cannot be checkpointed or stored: fail loudly rather than skip it.</summary>
    private static IReadOnlyList<RedditThing> Validate(IReadOnlyList<RedditThing> children, string source)
    {
        var broken = children.FirstOrDefault(child => child.Kind != "more" && (child.Data.Name is null || child.Data.CreatedUtc is null));
        return broken is null
            ? [.. children.Where(child => child.Kind != "more")]
            : throw new ChannelUnavailableException(string.Create(CultureInfo.InvariantCulture, $"Reddit {source} returned a {broken.Kind} without name or created_utc."));
    }
}
