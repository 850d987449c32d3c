using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Facebook;
using CareDesk.Connectors.Meta.Graph;
using CareDesk.Connectors.Meta.Instagram;
using CareDesk.Connectors.Meta.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
                pipeline.AddTransientRetry(options.RetryCount, options.RetryBaseDelay, TimeSpan.FromSeconds(30));
            });

        services.AddTransient<IChannelConnector, FacebookConnector>();
        services.AddTransient<IChannelConnector, InstagramConnector>();
        services.AddTransient<FacebookConnector>();
        services.AddTransient<InstagramConnector>();
        services.AddSingleton<IWebhookConnector, MetaWebhookConnector>();
        return services;
    }
}
