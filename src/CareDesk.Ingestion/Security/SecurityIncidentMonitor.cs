using CareDesk.Application.Security;
using CareDesk.Application.Security.Incidents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareDesk.Ingestion.Security;

/// <summary>
/// Breach detection on a timer (R39, R45): every Security:IncidentScanInterval the audit trail is checked for bulk
/// exports, and each new one raises a security incident. A failed run is logged and retried on the next tick.
/// </summary>
public sealed partial class SecurityIncidentMonitor(IServiceScopeFactory scopes, TimeProvider time, IOptions<SecurityOptions> options,
    ILogger<SecurityIncidentMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.IncidentScanInterval, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var raised = await scope.ServiceProvider.GetRequiredService<DetectSuspiciousExportsHandler>().HandleAsync(cancellationToken);
            if (raised.Count > 0)
            {
                LogRaised(string.Join(", ", raised));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Security incident(s) {Numbers} raised for bulk exports")]
    private partial void LogRaised(string numbers);

    [LoggerMessage(Level = LogLevel.Error, Message = "Security incident monitor failed; retrying on the next tick")]
    private partial void LogFailed(Exception exception);
}
