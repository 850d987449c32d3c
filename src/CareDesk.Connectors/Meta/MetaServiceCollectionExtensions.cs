using System.Net;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Facebook;
using CareDesk.Connectors.Meta.Graph;
using CareDesk.Connectors.Meta.Instagram;
using CareDesk.Connectors.Meta.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CareDesk.Connectors.Meta;

public static class MetaServiceCollectionExtensions
{
    /// <summary>
    /// Facebook and Instagram connectors and the /webhooks/meta receiver over one Graph HttpClient. Transient 5xx,
    /// timeouts and connection failures are retried with exponential backoff, but only for GET and DELETE: a retried
    /// POST could publish a reply twice. Throttles (HTTP 429, Graph codes 4/17/32/613/8000x) are never retried here;
    /// they surface as <see cref="ChannelRateLimitedException"/> so the poller waits.
    /// </summary>
    public static IServiceCollection AddMetaConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MetaOptions>().Bind(configuration.GetSection(MetaOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<GraphClient>((provider, http) =>
            {
                var address = provider.GetRequiredService<IOptions<MetaOptions>>().Value.BaseAddress.ToString();
                http.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
            })
            .AddResilienceHandler("meta-graph", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<MetaOptions>>().Value;
                var retry = new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, options.RetryCount),
                    Delay = options.RetryBaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldHandle = arguments => ValueTask.FromResult(options.RetryCount > 0 && IsTransient(arguments.Outcome)),
                };
                retry.DisableForUnsafeHttpMethods();
                pipeline.AddRetry(retry);
                pipeline.AddTimeout(TimeSpan.FromSeconds(30));
            });

        services.AddTransient<IChannelConnector, FacebookConnector>();
        services.AddTransient<IChannelConnector, InstagramConnector>();
        services.AddTransient<FacebookConnector>();
        services.AddTransient<InstagramConnector>();
        services.AddSingleton<IWebhookConnector, MetaWebhookConnector>();
        return services;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode >= HttpStatusCode.InternalServerError,
        _ => false,
    };
}
