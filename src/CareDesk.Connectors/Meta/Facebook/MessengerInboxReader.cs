using System.Globalization;
using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta.Facebook;

/// <summary>
/// New Messenger messages: conversations updated since the watermark (Graph lists them most recent first), their
/// message ids and times, then the messages themselves (GET /{id}, or GET /?ids= for several). Messages the Page
/// sent are skipped, as webhook echoes are.
/// </summary>
internal sealed class MessengerInboxReader(GraphPager pager, MetaOptions options)
{
    private const int IdsPerLookup = 50;

    public async Task<(IReadOnlyList<ChannelEvent> Messages, Watermark Inbox)> ReadAsync(string page, Watermark inbox, CancellationToken cancellationToken)
    {
        var conversations = new List<string>();
        var first = await pager.Graph.GetAsync(page, $"{page}/conversations", Query(("platform", "messenger"), ("fields", "id,updated_time")), cancellationToken);
        await pager.FollowAsync(page, first, result =>
        {
            var updated = result.Data.Where(conversation => conversation.GraphTime("updated_time") is not { } at || at >= inbox.At).ToList();
            conversations.AddRange(updated.Select(conversation => conversation.Text("id")!).Where(id => id is not null));
            return updated.Count == result.Data.Count();
        }, cancellationToken);

        var newIds = new List<(string Id, DateTimeOffset? At)>();
        foreach (var conversation in conversations)
        {
            var listed = await pager.Graph.GetAsync(page, $"{conversation}/messages", Query(("fields", "id,created_time")), cancellationToken);
            await pager.FollowAsync(page, listed, result =>
            {
                var items = result.Data.Select(message => (Id: message.Text("id") ?? throw new ChannelUnavailableException($"Graph listed a message without an id in {conversation}"), At: message.GraphTime("created_time"))).ToList();
                newIds.AddRange(items.Where(item => inbox.IsNew(item.Id, item.At)));
                return items.All(item => item.At > inbox.At);
            }, cancellationToken);
        }

        var messages = new List<ChannelEvent>();
        foreach (var chunk in newIds.Select(item => item.Id).Chunk(IdsPerLookup))
        {
            foreach (var message in await LookupAsync(page, chunk, cancellationToken))
            {
                if (FacebookItems.Message(message, page) is { } item)
                {
                    messages.Add(item);
                }
            }
        }

        return (messages, inbox.Advance(newIds));
    }

    /// <summary>Full messages by id: one GET /{id}, or one GET /?ids= answering a map keyed by id.</summary>
    public async Task<IReadOnlyList<JsonElement>> LookupAsync(string page, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 1)
        {
            return [pager.Track(await pager.Graph.GetAsync(page, ids[0], [new("fields", FacebookItems.MessageFields)], cancellationToken)).Body];
        }

        var map = pager.Track(await pager.Graph.GetAsync(page, string.Empty, [new("ids", string.Join(',', ids)), new("fields", FacebookItems.MessageFields)], cancellationToken)).Body;
        return [.. ids.Select(id => map.Property(id) ?? throw new ChannelUnavailableException($"Graph did not return message {id}"))];
    }

    private Dictionary<string, string> Query(params (string Name, string Value)[] pairs)
    {
        var query = pairs.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal);
        query["limit"] = options.PageSize.ToString(CultureInfo.InvariantCulture);
        return query;
    }
}
