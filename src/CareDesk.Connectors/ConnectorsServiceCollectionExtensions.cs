using CareDesk.Connectors.Email;
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
        services.AddEmailConnector(configuration);
        return services;
    }
}
