using CareDesk.Application.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.YouTube;

public static class YouTubeServiceCollectionExtensions
{
    /// <summary>Registers the YouTube Data API v3 connector, bound to the "Connectors:YouTube" section.</summary>
    public static IServiceCollection AddYouTubeConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<YouTubeOptions>().Bind(configuration.GetSection(YouTubeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        // One quota per Google Cloud project, so one counter per process, shared by every YouTube channel.
        services.TryAddSingleton(provider => new YouTubeQuota(provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<YouTubeOptions>>().Value.DailyQuotaUnits));
        services.AddHttpClient<YouTubeApiClient>((provider, http) => http.BaseAddress = provider.GetRequiredService<IOptions<YouTubeOptions>>().Value.BaseAddress)
            .AddResilienceHandler("youtube", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<YouTubeOptions>>().Value;
                pipeline.AddTransientRetry(options.MaxRetryAttempts, options.RetryDelay, TimeSpan.FromSeconds(30));
            });
        services.AddTransient<YouTubeConnector>();
        services.AddTransient<IChannelConnector>(provider => provider.GetRequiredService<YouTubeConnector>());
        return services;
    }
}
