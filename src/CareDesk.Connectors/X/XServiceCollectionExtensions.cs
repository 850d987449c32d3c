using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

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
        pipeline.AddTransientRetry(options.MaxRetries, options.RetryBaseDelay, options.AttemptTimeout);
    }
}
