using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Infrastructure.Documents;
using CareDesk.Infrastructure.Outbound;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Infrastructure.Persistence.AuditKeys;
using CareDesk.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareDesk.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    private static readonly Telemetry.DatabaseTracingInterceptor DatabaseTracing = new();

    /// <summary>Registers the database (provider by configuration), the outbox, password hashing and the PDF writer.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) =>
                options.PostgresConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<AppDbContext>((provider, builder) =>
            DatabaseProvider.Configure(builder, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value).AddInterceptors(DatabaseTracing));
        services.AddScoped<IAppDbContext>(provider => provider.GetRequiredService<AppDbContext>());
        services.AddScoped<IOutboundChannel, RecordingOutbox>();
        services.AddScoped<IAuditKeyStore, AuditKeyStore>();
        services.AddSingleton<IPasswordHasher, Pbkdf2PasswordHasher>();
        services.AddSingleton<IPdfRenderer, TextPdfWriter>();
        // One client for the process (pooled connections recycled every few minutes): alert webhooks are rare and small.
        services.AddSingleton<IAlertSender>(provider => new AlertSender(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(10) },
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AlertSender>>(), provider.GetService<IAlertEmailSender>()));
        services.AddScoped<MigrationRunner>();
        services.AddSingleton<IDatabaseBackup, Persistence.Backup.SqliteDatabaseBackup>();
        services.AddSingleton<Application.Security.ISecurityCheck, DatabaseEncryptionCheck>();
        return services;
    }
}
