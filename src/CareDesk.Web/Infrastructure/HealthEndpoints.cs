using CareDesk.Messaging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CareDesk.Web.Infrastructure;

/// <summary>
/// /health/live: the process answers (a failing check here would restart it, so it checks nothing else).
/// /health/ready: the database and, in bus mode, RabbitMQ answer; a load balancer sends traffic only then.
/// /health (kept for existing probes): every check.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapCareDeskHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(MessagingServiceCollectionExtensions.ReadyTag) })
            .AllowAnonymous();
        return app;
    }
}
