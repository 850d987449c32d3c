using System.Net;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace CareDesk.Connectors.X;

public static class XServiceCollectionExtensions
{
    /// <summary>
    /// The X connector, its Account Activity webhook and a typed HttpClient whose resilience pipeline retries
    /// transient failures (5xx, timeouts, connection errors) of idempotent calls only, and never a 429: X's reset time
    /// is surfaced as ChannelRateLimitedException so the poller waits instead of hammering.
    /// </summary>
    public static IServiceCollection AddXConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<XOptions>().Bind(configuration.GetSection(XOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<XRateLimitGate>();
        services.AddSingleton<XAccountCache>();
        services.AddSingleton<XErrorMapper>();
        services.AddHttpClient<XApiClient>((provider, http) => http.BaseAddress = provider.GetRequiredService<IOptions<XOptions>>().Value.BaseAddress)
            .AddResilienceHandler("x", ConfigurePipeline);
        services.AddTransient<XUsersClient>();
        services.AddTransient<XTweetLookupClient>();
        services.AddTransient<XStreamRulesClient>();
        services.AddTransient<XFilteredStream>();
        services.AddTransient<XTweetTimelineReader>();
        services.AddTransient<XDirectMessageReader>();
        services.AddTransient<XActions>();
        services.AddTransient<XConnector>();
        services.AddTransient<IChannelConnector>(provider => provider.GetRequiredService<XConnector>());
        services.AddSingleton<XWebhookConnector>();
        services.AddSingleton<IWebhookConnector>(provider => provider.GetRequiredService<XWebhookConnector>());
        return services;
    }

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<XOptions>>().Value;
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = options.RetryBaseDelay > TimeSpan.Zero,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        };

        // A POST that timed out may still have created the tweet or DM: never risk posting a reply twice.
        retry.DisableForUnsafeHttpMethods();
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(retry);
        }

        pipeline.AddTimeout(options.AttemptTimeout);
    }

    // 429 is deliberately absent: retrying it inside the pipeline would hammer X before x-rate-limit-reset.
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode >= HttpStatusCode.InternalServerError,
        _ => false,
    };
}
