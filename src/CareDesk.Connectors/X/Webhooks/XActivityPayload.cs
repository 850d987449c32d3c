using System.Text.Json.Serialization;

namespace CareDesk.Connectors.X.Webhooks;

/// <summary>
/// An Account Activity API delivery (v1.1 object shapes): for_user_id is the subscribed (owned) account.
/// Documented at developer.x.com .../account-activity-api/guides/account-activity-data-objects.
/// </summary>
internal sealed record XActivityPayload(
    string? ForUserId = null,
    IReadOnlyList<XActivityTweet>? TweetCreateEvents = null,
    IReadOnlyList<XActivityTweetDelete>? TweetDeleteEvents = null,
    IReadOnlyList<XActivityDirectMessage>? DirectMessageEvents = null,
    IReadOnlyDictionary<string, XActivityUser>? Users = null);

internal sealed record XActivityTweet(
    string IdStr,
    string? Text = null,
    string? CreatedAt = null,
    string? TimestampMs = null,
    bool Truncated = false,
    XActivityExtendedTweet? ExtendedTweet = null,
    XActivityUser? User = null,
    string? InReplyToStatusIdStr = null);

internal sealed record XActivityExtendedTweet(string? FullText = null);

/// <summary>A v1.1 user; its numeric "id" is not read (id_str is the same value as text; in users{} the key is the id).</summary>
internal sealed record XActivityUser(string? IdStr = null, string? ScreenName = null, string? Name = null);

internal sealed record XActivityTweetDelete(XActivityDeletedStatus? Status = null, string? TimestampMs = null);

internal sealed record XActivityDeletedStatus(string? Id = null, string? UserId = null);

internal sealed record XActivityDirectMessage(string? Type = null, string? Id = null, string? CreatedTimestamp = null, XActivityMessageCreate? MessageCreate = null);

internal sealed record XActivityMessageCreate(XActivityTarget? Target = null, string? SenderId = null, XActivityMessageData? MessageData = null);

internal sealed record XActivityTarget(string? RecipientId = null);

internal sealed record XActivityMessageData(string? Text = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(XActivityPayload))]
internal sealed partial class XActivityJsonContext : JsonSerializerContext;
