using CareDesk.Application.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareDesk.Connectors.Listening;

public static class AlertEmailServiceCollectionExtensions
{
    /// <summary>Listening alert e-mail over SMTP (MailKit), configured by "Listening:AlertEmail".</summary>
    public static IServiceCollection AddAlertEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AlertEmailOptions>(configuration.GetSection(AlertEmailOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IAlertEmailSender, SmtpAlertEmailSender>();
        return services;
    }
}
