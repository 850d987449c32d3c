using CareDesk.Ingestion.Channels;
using CareDesk.Ingestion.Listening;
using CareDesk.Ingestion.Pharmacovigilance;
using CareDesk.Ingestion.Security;
using CareDesk.Ingestion.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Background work of the embedded (single-process) mode: the SLA sweeper, the channel poller, ICSR delivery, the listening monitor and the security incident monitor.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddSingleton<SlaSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<SlaSweeper>());
        services.AddOptions<ChannelPollerOptions>().BindConfiguration(ChannelPollerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChannelPoller>();
        services.AddHostedService(provider => provider.GetRequiredService<ChannelPoller>());
        services.AddSingleton<IcsrDeliveryWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<IcsrDeliveryWorker>());
        services.AddSingleton<ListeningMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<ListeningMonitor>());
        services.AddSingleton<SecurityIncidentMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<SecurityIncidentMonitor>());
        return services;
    }
}
