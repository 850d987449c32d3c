using CareDesk.Connectors.Email;
using CareDesk.Connectors.Listening;
using CareDesk.Connectors.Meta;
using CareDesk.Connectors.Pharmacovigilance;
using CareDesk.Connectors.Reddit;
using CareDesk.Connectors.X;
using CareDesk.Connectors.YouTube;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Connectors;

public static class ConnectorsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every network's connector with its typed HttpClient and resilience pipeline. Credentials and base
    /// addresses come from the "Connectors:{Network}" configuration section (user secrets / environment in production).
    /// </summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddXConnector(configuration);
        services.AddMetaConnector(configuration);
        services.AddYouTubeConnector(configuration);
        services.AddRedditConnector(configuration);
        services.AddEmailConnector(configuration);
        services.AddPvDelivery(configuration);
        services.AddAlertEmail(configuration);
        return services;
    }
}
