using System.Security.Authentication;
using CareDesk.Application.Security;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CareDesk.Web.Security;

/// <summary>
/// Encryption in transit (R39): Kestrel's HTTPS endpoints accept TLS 1.2 and 1.3 only, and HTTPS responses carry HSTS
/// outside Development. The inspection reports these same values, so it cannot drift from what is configured.
/// </summary>
public static class TransportSecurity
{
    public const SslProtocols Protocols = SslProtocols.Tls12 | SslProtocols.Tls13;

    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddCareDeskTransportSecurity(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(options => options.ConfigureHttpsDefaults(https => https.SslProtocols = Protocols));
        services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = true;
        });
        services.AddSingleton<ISecurityCheck, TransportSecurityCheck>();
        return services;
    }

    public static WebApplication UseCareDeskTransportSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
