using CareDesk.Application.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CareDesk.Connectors.Reddit;

public static class RedditServiceCollectionExtensions
{
    /// <summary>Registers the Reddit connector (OAuth refresh-token flow), bound to the "Connectors:Reddit" section.</summary>
    public static IServiceCollection AddRedditConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RedditOptions>().Bind(configuration.GetSection(RedditOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<RedditTokenCache>();
        services.AddHttpClient<RedditTokenSource>((provider, http) => http.BaseAddress = provider.GetRequiredService<IOptions<RedditOptions>>().Value.AuthBaseAddress)
            .AddResilienceHandler("reddit-auth", AddPolicy);
        services.AddHttpClient<RedditApiClient>((provider, http) => http.BaseAddress = provider.GetRequiredService<IOptions<RedditOptions>>().Value.BaseAddress)
            .AddResilienceHandler("reddit", AddPolicy);
        services.AddTransient<RedditConnector>();
        services.AddTransient<IChannelConnector>(provider => provider.GetRequiredService<RedditConnector>());
        return services;
    }

    private static void AddPolicy(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<RedditOptions>>().Value;
        pipeline.AddTransientRetry(options.MaxRetryAttempts, options.RetryDelay, TimeSpan.FromSeconds(30));
    }
}
