using System.Text.Json;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.Meta.Graph;

/// <summary>
/// Turns a Graph error {"error":{message,type,code,error_subcode,fbtrace_id,is_transient}} into the port's exceptions:
/// throttles wait (never hammer), token and permission problems need a person, anything else is an outage.
/// </summary>
internal static class GraphErrors
{
    // 4 app, 17 user, 32 page, 613 custom-level throttles; 8000x business-use-case throttles (Pages, Instagram, Messenger...).
    private static readonly HashSet<int> ThrottleCodes = [4, 17, 32, 613, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014];

    // 190 expired/invalid token, 102 session, 10 and 200-299 missing permission.
    private static bool IsAuthorizationCode(int code) => code is 190 or 102 or 10 or (>= 200 and <= 299);

    public static ChannelUnavailableException Translate(string what, int status, JsonElement? body, GraphUsage? usage, TimeSpan? retryAfter, DateTimeOffset now, TimeSpan throttleBackoff)
    {
        var error = body?.Property("error") is { ValueKind: JsonValueKind.Object } found ? found : (JsonElement?)null;
        var code = error?.Text("code") is { } codeText && int.TryParse(codeText, out var parsed) ? parsed : (int?)null;
        var type = error?.Text("type");
        var message = error?.Text("message");
        var detail = error is null
            ? $"Graph answered HTTP {status} to {what}"
            : $"Graph error {code}{(error.Value.Text("error_subcode") is { } subcode ? "/" + subcode : string.Empty)} ({type}) on {what}: {message} (fbtrace_id {error.Value.Text("fbtrace_id")})";

        if ((code is { } throttle && ThrottleCodes.Contains(throttle)) || status == 429)
        {
            var wait = Longest(usage?.RegainAccessIn, retryAfter) ?? throttleBackoff;
            return new ChannelRateLimitedException(detail, now + wait);
        }

        if ((code is { } auth && IsAuthorizationCode(auth)) || string.Equals(type, "OAuthException", StringComparison.Ordinal) || status == 401)
        {
            return new ChannelAuthorizationException(detail);
        }

        return new ChannelUnavailableException(detail);
    }

    private static TimeSpan? Longest(TimeSpan? first, TimeSpan? second) =>
        first is null ? second : second is null ? first : first > second ? first : second;
}
