using CareDesk.Application.Pharmacovigilance.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CareDesk.Connectors.Pharmacovigilance;

public static class PvDeliveryServiceCollectionExtensions
{
    /// <summary>
    /// The three ICSR transports (R15); "Pharmacovigilance:Delivery:Transport" picks the organisation's one. The
    /// webhook's HttpClient retries 5xx, 408, timeouts and connection faults with exponential backoff, POST included:
    /// the receiver de-duplicates on the E2B message id.
    /// </summary>
    public static IServiceCollection AddPvDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IcsrEmailOptions>().Bind(configuration.GetSection(IcsrEmailOptions.SectionName)).ValidateDataAnnotations();
        services.AddOptions<IcsrWebhookOptions>().Bind(configuration.GetSection(IcsrWebhookOptions.SectionName)).ValidateDataAnnotations();
        services.AddOptions<IcsrDropFolderOptions>().Bind(configuration.GetSection(IcsrDropFolderOptions.SectionName));
        services.AddTransient<IIcsrTransport, EmailIcsrTransport>();
        services.AddTransient<IIcsrTransport, DropFolderIcsrTransport>();
        services.AddHttpClient<IIcsrTransport, WebhookIcsrTransport>().AddResilienceHandler("pv-webhook", ConfigurePipeline);
        return services;
    }

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<IcsrWebhookOptions>>().Value;
        pipeline.AddTransientRetry(options.MaxRetries, options.RetryBaseDelay, options.AttemptTimeout, retryUnsafeMethods: true);
    }
}
