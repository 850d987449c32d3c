using System.Text.Json.Serialization;

namespace CareDesk.Connectors.X.Api;

/// <summary>Source-generated (de)serialisation of every X body CareDesk reads or sends; X names fields in snake_case.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(XListResponse<XTweet>))]
[JsonSerializable(typeof(XItemResponse<XTweet>))]
[JsonSerializable(typeof(XItemResponse<XUser>))]
[JsonSerializable(typeof(XListResponse<XDmEvent>))]
[JsonSerializable(typeof(XItemResponse<XCreatedTweet>))]
[JsonSerializable(typeof(XItemResponse<XHiddenResult>))]
[JsonSerializable(typeof(XItemResponse<XDeletedResult>))]
[JsonSerializable(typeof(XItemResponse<XDmCreated>))]
[JsonSerializable(typeof(XCreateTweetRequest))]
[JsonSerializable(typeof(XHiddenRequest))]
[JsonSerializable(typeof(XDmRequest))]
[JsonSerializable(typeof(XRulesRequest))]
[JsonSerializable(typeof(XRulesResponse))]
[JsonSerializable(typeof(XProblem))]
[JsonSerializable(typeof(XStreamLine))]
internal sealed partial class XJsonContext : JsonSerializerContext;
