using System.Net.Http.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Api;

namespace CareDesk.Connectors.X;

/// <summary>
/// Outbound actions with the brand's user-context token: reply (POST /2/tweets with reply.in_reply_to_tweet_id), DM
/// (POST /2/dm_conversations/with/:participant_id/messages), hide/unhide a reply (PUT /2/tweets/:id/hidden) and delete
/// an own tweet (DELETE /2/tweets/:id). These POSTs are never retried by the pipeline: a retry could post twice.
/// </summary>
internal sealed class XActions(XApiClient client, XTweetLookupClient tweets)
{
    public async Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken)
    {
        var target = Uri.EscapeDataString(action.TargetExternalId);
        switch (action.Kind)
        {
            case ChannelActionKind.Reply:
                var reply = new XCreateTweetRequest(RequireText(action), new XReplySettings(action.TargetExternalId));
                var created = await SendAsync(HttpMethod.Post, "POST /2/tweets", "2/tweets", JsonContent.Create(reply, XJsonContext.Default.XCreateTweetRequest), XJsonContext.Default.XItemResponseXCreatedTweet, cancellationToken);
                return new ChannelActionResult(created.Data is not null, created.Data?.Id);
            case ChannelActionKind.PrivateMessage:
                var recipient = action.Recipient ?? await AuthorOfAsync(action.TargetExternalId, cancellationToken);
                var message = JsonContent.Create(new XDmRequest(RequireText(action)), XJsonContext.Default.XDmRequest);
                var sent = await SendAsync(HttpMethod.Post, "POST /2/dm_conversations/with/:participant_id/messages", $"2/dm_conversations/with/{Uri.EscapeDataString(recipient)}/messages", message, XJsonContext.Default.XItemResponseXDmCreated, cancellationToken);
                return new ChannelActionResult(sent.Data is not null, sent.Data?.DmEventId);
            case ChannelActionKind.Hide:
            case ChannelActionKind.Unhide:
                var hide = action.Kind == ChannelActionKind.Hide;
                var hidden = await SendAsync(HttpMethod.Put, "PUT /2/tweets/:id/hidden", $"2/tweets/{target}/hidden", JsonContent.Create(new XHiddenRequest(hide), XJsonContext.Default.XHiddenRequest), XJsonContext.Default.XItemResponseXHiddenResult, cancellationToken);
                return new ChannelActionResult(hidden.Data?.Hidden == hide);
            case ChannelActionKind.Remove:
                var deleted = await SendAsync(HttpMethod.Delete, "DELETE /2/tweets/:id", $"2/tweets/{target}", null, XJsonContext.Default.XItemResponseXDeletedResult, cancellationToken);
                return new ChannelActionResult(deleted.Data?.Deleted == true);
            default:
                throw new NotSupportedException($"X has no action {action.Kind}.");
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string endpoint, string uri, HttpContent? body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        (await client.SendAsync(new XRequest(method, endpoint, uri, XCredential.User, body), type, cancellationToken)).Body;

    // A DM goes to a person, not a tweet: without an explicit recipient it goes to the author of the target tweet.
    private async Task<string> AuthorOfAsync(string tweetId, CancellationToken cancellationToken)
    {
        var lookup = await tweets.GetAsync(tweetId, cancellationToken);
        return lookup.Events.FirstOrDefault(found => found.Kind != ChannelEventKind.Deleted)?.AuthorPlatformId
            ?? throw new XInvalidRequestException($"X cannot send a DM about {tweetId}: its author is unknown (give the recipient's user id).", 404);
    }

    private static string RequireText(ChannelAction action) =>
        string.IsNullOrWhiteSpace(action.Text) ? throw new ArgumentException($"An X {action.Kind} needs text.", nameof(action)) : action.Text;
}
