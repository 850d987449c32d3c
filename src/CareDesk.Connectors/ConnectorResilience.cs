using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace CareDesk.Connectors;

/// <summary>
/// The retry policy every network's HttpClient shares: 5xx, 408, timeouts and connection faults are retried with
/// exponential backoff, for safe methods only (a retried POST could publish a reply twice). A 429 or throttle is never
/// retried here: the connector surfaces it as ChannelRateLimitedException so the poller waits for the network's reset.
/// Retrying unsafe methods is only for receivers that de-duplicate a POST (the ICSR webhook, by message id).
/// </summary>
internal static class ConnectorResilience
{
    public static void AddTransientRetry(this ResiliencePipelineBuilder<HttpResponseMessage> pipeline, int maxRetries, TimeSpan baseDelay, TimeSpan attemptTimeout, bool retryUnsafeMethods = false)
    {
        if (maxRetries > 0)
        {
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = maxRetries,
                Delay = baseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = baseDelay > TimeSpan.Zero,
                ShouldRetryAfterHeader = false,
                ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
            };
            if (!retryUnsafeMethods)
            {
                retry.DisableForUnsafeHttpMethods();
            }

            pipeline.AddRetry(retry);
        }

        pipeline.AddTimeout(attemptTimeout);
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode >= HttpStatusCode.InternalServerError || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };
}
