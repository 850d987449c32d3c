using CareDesk.Application.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CareDesk.Web.Security;

/// <summary>Reports the web host's listening addresses, its TLS floor and HSTS (R39): what runs, not what a document says.</summary>
public sealed class TransportSecurityCheck(IServer server, IConfiguration configuration, IHostEnvironment environment) : ISecurityCheck
{
    public IEnumerable<SecurityCheckResult> Inspect()
    {
        var addresses = Addresses().ToList();
        var https = addresses.Where(address => address.StartsWith("https://", StringComparison.OrdinalIgnoreCase)).ToList();
        yield return https.Count > 0
            ? new("transport", "HTTPS endpoint", SecurityCheckStatus.Pass, "Kestrel serves HTTPS on " + string.Join(", ", https) + ".")
            : new("transport", "HTTPS endpoint", SecurityCheckStatus.Warn, (addresses.Count == 0 ? "No endpoint reported" : "HTTP only: " + string.Join(", ", addresses))
                + ". Configure a Kestrel HTTPS endpoint (Kestrel:Endpoints:Https:Url and Certificate) or terminate TLS 1.2+ at the reverse proxy in front.");
        yield return new("transport", "TLS protocols", SecurityCheckStatus.Pass, "Kestrel HTTPS endpoints accept " + TransportSecurity.Protocols + " only (no SSL 3, TLS 1.0 or 1.1).");
        yield return environment.IsDevelopment()
            ? new("transport", "HSTS", SecurityCheckStatus.Warn, "Off in the Development environment.")
            : new("transport", "HSTS", SecurityCheckStatus.Pass,
                FormattableString.Invariant($"Strict-Transport-Security: max-age={(int)TransportSecurity.HstsMaxAge.TotalSeconds}; includeSubDomains on HTTPS responses."));
    }

    private IEnumerable<string> Addresses()
    {
        var running = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var configured = (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]).OfType<string>());
        return running.Concat(configured).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
