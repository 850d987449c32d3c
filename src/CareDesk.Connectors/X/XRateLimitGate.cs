using System.Collections.Concurrent;
using System.Globalization;
using CareDesk.Application.Connectors;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.X;

/// <summary>
/// Remembers X's x-rate-limit-* state per endpoint (limits are per endpoint and per token type) so that a call is
/// never made while its window is spent: a spent window throws <see cref="ChannelRateLimitedException"/> locally
/// instead of earning another 429. One instance per process (singleton).
/// </summary>
internal sealed class XRateLimitGate(TimeProvider timeProvider, IOptions<XOptions> options)
{
    private readonly ConcurrentDictionary<string, RateLimitSnapshot> _windows = new(StringComparer.Ordinal);

    public void ThrowIfSpent(string endpoint)
    {
        if (_windows.TryGetValue(endpoint, out var window) && window.Remaining <= 0 && window.ResetsAt > timeProvider.GetUtcNow())
        {
            throw new ChannelRateLimitedException(
                $"X rate limit for {endpoint} is spent until {window.ResetsAt:O}; not calling before then.", window.ResetsAt.Value);
        }
    }

    /// <summary>Reads x-rate-limit-limit/remaining/reset from a response and remembers them for the endpoint.</summary>
    public RateLimitSnapshot? Record(string endpoint, HttpResponseMessage response)
    {
        var snapshot = Read(response);
        if (snapshot is not null)
        {
            _windows[endpoint] = snapshot;
        }

        return snapshot;
    }

    /// <summary>After a 429: the window is closed until X's reset, or the configured default wait when X sent none.</summary>
    public DateTimeOffset CloseAfterTooManyRequests(string endpoint, RateLimitSnapshot? snapshot)
    {
        var now = timeProvider.GetUtcNow();
        var retryAt = snapshot?.ResetsAt is { } reset && reset > now ? reset : now + options.Value.DefaultRateLimitWait;
        _windows[endpoint] = new RateLimitSnapshot(snapshot?.Limit, 0, retryAt);
        return retryAt;
    }

    private static RateLimitSnapshot? Read(HttpResponseMessage response)
    {
        var limit = Header(response, "x-rate-limit-limit");
        var remaining = Header(response, "x-rate-limit-remaining");
        var reset = Header(response, "x-rate-limit-reset");
        if (limit is null && remaining is null && reset is null)
        {
            return null;
        }

        return new RateLimitSnapshot(
            int.TryParse(limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            double.TryParse(remaining, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) ? r : null,
            long.TryParse(reset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch) ? DateTimeOffset.FromUnixTimeSeconds(epoch) : null);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
