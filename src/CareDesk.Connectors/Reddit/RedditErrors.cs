using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.Reddit;

/// <summary>Turns Reddit's answers (HTTP status, x-ratelimit-* headers, json.errors inside a 200) into connector exceptions.</summary>
internal static partial class RedditErrors
{
    public static Exception FromStatus(HttpResponseMessage response, string body, DateTimeOffset now, TimeSpan defaultBackoff)
    {
        var status = (int)response.StatusCode;
        var what = $"Reddit answered {status} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}";
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new ChannelRateLimitedException($"{what}: too many requests.", RetryAt(response, now) ?? now + defaultBackoff),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new ChannelAuthorizationException($"{what}: {Summary(body)}. Check the app's client id/secret, the refresh token and its scopes."),
            HttpStatusCode.BadRequest when body.Contains("invalid_grant", StringComparison.Ordinal) => new ChannelAuthorizationException($"{what}: the refresh token was rejected (invalid_grant)."),
            _ => new ChannelUnavailableException($"{what}: {Summary(body)}"),
        };
    }

    /// <summary>HTTP 200 with json.errors [[CODE, message, field]]: the action did not happen.</summary>
    public static Exception? FromJsonErrors(JsonElement root, DateTimeOffset now, TimeSpan defaultBackoff)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("json", out var json) || !json.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }

        var first = errors[0];
        var code = first.ValueKind == JsonValueKind.Array && first.GetArrayLength() > 0 ? first[0].GetString() : first.ToString();
        var message = first.ValueKind == JsonValueKind.Array && first.GetArrayLength() > 1 ? first[1].GetString() : null;
        var what = $"Reddit refused: {code} {message}";
        return code switch
        {
            "RATELIMIT" => new ChannelRateLimitedException(what, now + (WaitFromText(message) ?? defaultBackoff)),
            "USER_REQUIRED" or "NOT_AUTHORIZED" or "INVALID_USER" => new ChannelAuthorizationException(what),
            _ => new ChannelUnavailableException(what),
        };
    }

    /// <summary>x-ratelimit-used / -remaining / -reset (seconds to the end of the window).</summary>
    public static RateLimitSnapshot? Snapshot(HttpResponseMessage response, DateTimeOffset now)
    {
        var used = Header(response, "x-ratelimit-used");
        var remaining = Header(response, "x-ratelimit-remaining");
        var reset = Header(response, "x-ratelimit-reset");
        if (remaining is null && reset is null)
        {
            return null;
        }

        int? limit = used is not null && remaining is not null ? (int)Math.Round(used.Value + remaining.Value) : null;
        return new RateLimitSnapshot(limit, remaining, reset is null ? null : now.AddSeconds(reset.Value));
    }

    /// <summary>"Take a break for 2 minutes before trying again." → 2 minutes.</summary>
    public static TimeSpan? WaitFromText(string? message)
    {
        var match = message is null ? Match.Empty : BreakFor().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var amount = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            var unit when unit.StartsWith("MILLI", StringComparison.Ordinal) => TimeSpan.FromMilliseconds(amount),
            var unit when unit.StartsWith("SEC", StringComparison.Ordinal) => TimeSpan.FromSeconds(amount),
            var unit when unit.StartsWith("HOUR", StringComparison.Ordinal) => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromMinutes(amount),
        };
    }

    private static DateTimeOffset? RetryAt(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            return retryAfter.Delta is { } delta ? now + delta : retryAfter.Date;
        }

        return Header(response, "x-ratelimit-reset") is { } reset ? now.AddSeconds(reset) : null;
    }

    private static double? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Summary(string body) => body.TrimStart().StartsWith('<') ? "HTML error page" : body.Length > 200 ? body[..200] : body;

    [GeneratedRegex(@"(?<n>\d+)\s*(?<unit>milliseconds?|seconds?|minutes?|hours?)", RegexOptions.IgnoreCase)]
    private static partial Regex BreakFor();
}
