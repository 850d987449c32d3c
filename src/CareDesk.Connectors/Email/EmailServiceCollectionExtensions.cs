using CareDesk.Application.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareDesk.Connectors.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>IMAP in, SMTP out for the mailbox in "Connectors:Email" (no HttpClient: MailKit speaks the protocols itself).</summary>
    public static IServiceCollection AddEmailConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IChannelConnector, EmailConnector>();
        return services;
    }
}
