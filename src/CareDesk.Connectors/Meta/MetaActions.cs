using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta;

/// <summary>
/// Outbound actions through the Graph API. Facebook and Instagram differ only in a few edges: a reply to an IG
/// comment goes to /replies, and IG hides with "hide" where Facebook uses "is_hidden". Private messages (Messenger,
/// IG Direct, and private replies to a comment) all go through the Send API, POST /me/messages.
/// </summary>
internal sealed class MetaActions(GraphClient graph, MetaActions.Network network)
{
    public enum Network
    {
        Facebook,
        Instagram,
    }

    public async Task<ChannelActionResult> ExecuteAsync(ChannelAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var account = action.AccountId ?? throw new ChannelUnavailableException($"Action on {action.ChannelKey} names no Page or Instagram account");
        var target = action.TargetExternalId;
        switch (action.Kind)
        {
            case ChannelActionKind.Reply:
                var edge = network == Network.Instagram ? "replies" : "comments";
                var reply = await graph.PostFormAsync(account, $"{target}/{edge}", [new("message", RequireText(action))], cancellationToken);
                return new ChannelActionResult(true, reply.Body.Text("id") ?? throw new ChannelUnavailableException($"Graph did not return the id of the reply to {target}"));

            case ChannelActionKind.PrivateMessage:
                var sent = await graph.PostJsonAsync(account, "me/messages", SendApiBody(action), cancellationToken);
                return new ChannelActionResult(true, sent.Body.Text("message_id") ?? throw new ChannelUnavailableException($"Graph did not return the message id for {target}"));

            case ChannelActionKind.Hide:
            case ChannelActionKind.Unhide:
                var hidden = action.Kind == ChannelActionKind.Hide ? "true" : "false";
                var parameter = network == Network.Instagram ? "hide" : "is_hidden";
                return Outcome(await graph.PostFormAsync(account, target, [new(parameter, hidden)], cancellationToken));

            case ChannelActionKind.Remove:
                return Outcome(await graph.DeleteAsync(account, target, cancellationToken));

            default:
                throw new ChannelUnavailableException($"{network} cannot perform {action.Kind}");
        }
    }

    /// <summary>
    /// To a person (Recipient, or the PSID inside a dm: thread id) or, for a public comment, a private reply to its
    /// author (recipient.comment_id), which Meta allows once per comment within 7 days.
    /// </summary>
    private static Dictionary<string, object> SendApiBody(ChannelAction action)
    {
        var person = action.Recipient
            ?? (action.TargetExternalId.StartsWith("dm:", StringComparison.Ordinal) ? action.TargetExternalId.Split(':')[^1] : null);
        object recipient = person is not null ? new Dictionary<string, string> { ["id"] = person } : new Dictionary<string, string> { ["comment_id"] = action.TargetExternalId };
        return new Dictionary<string, object>
        {
            ["recipient"] = recipient,
            ["messaging_type"] = "RESPONSE",
            ["message"] = new Dictionary<string, string> { ["text"] = RequireText(action) },
        };
    }

    private static string RequireText(ChannelAction action) =>
        string.IsNullOrWhiteSpace(action.Text) ? throw new ArgumentException($"{action.Kind} needs text", nameof(action)) : action.Text;

    private static ChannelActionResult Outcome(GraphResult result) =>
        new(result.Body.Property("success") is not { } success || success.ValueKind == System.Text.Json.JsonValueKind.True);
}
