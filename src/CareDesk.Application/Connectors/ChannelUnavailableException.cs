namespace CareDesk.Application.Connectors;

/// <summary>
/// The network cannot be used right now (outage, bad credentials, rate limit). The poller records it on the channel's
/// health, keeps the checkpoint where it was (so nothing is skipped) and does not call again before
/// <see cref="RetryAt"/>. Messages must never contain credentials.
/// </summary>
public class ChannelUnavailableException(string message, DateTimeOffset? retryAt = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The earliest moment to try again; null means the channel's normal screening interval.</summary>
    public DateTimeOffset? RetryAt { get; } = retryAt;
}

/// <summary>429 or a network-specific throttle (X x-rate-limit-reset, Graph codes 4/17/32/613, Reddit RATELIMIT).</summary>
public sealed class ChannelRateLimitedException(string message, DateTimeOffset retryAt, Exception? inner = null)
    : ChannelUnavailableException(message, retryAt, inner);

/// <summary>A daily quota is spent (YouTube quotaExceeded): stop until the reset and raise an alert.</summary>
public sealed class ChannelQuotaExceededException(string message, DateTimeOffset resetsAt, Exception? inner = null)
    : ChannelUnavailableException(message, resetsAt, inner);

/// <summary>401/403 that a token refresh did not fix: a person must fix the credentials.</summary>
public sealed class ChannelAuthorizationException(string message, Exception? inner = null)
    : ChannelUnavailableException(message, null, inner);
