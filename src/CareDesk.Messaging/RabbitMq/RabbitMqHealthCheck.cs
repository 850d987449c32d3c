using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareDesk.Messaging.RabbitMq;

/// <summary>Readiness: the broker answers (the connection is open, or can be opened now). Not part of liveness: a broker outage must not restart healthy hosts.</summary>
public sealed class RabbitMqHealthCheck(RabbitMqConnection connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            var open = await connection.GetAsync(timeout.Token);
            return open.IsOpen ? HealthCheckResult.Healthy("RabbitMQ connection open") : HealthCheckResult.Unhealthy("RabbitMQ connection closed");
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("RabbitMQ unreachable: " + exception.Message);
        }
    }
}
