using CareDesk.Ingestion.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Background work of the embedded (single-process) mode: the SLA sweeper.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddSingleton<SlaSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<SlaSweeper>());
        return services;
    }
}
