using CareDesk.Application.Listening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareDesk.Ingestion.Listening;

/// <summary>
/// Looks for listening spikes and campaigns on a timer driven by the injected <see cref="TimeProvider"/> (tests advance
/// a fake clock), then sends the alerts' pending e-mail and webhook notifications. A failed run is logged and retried
/// on the next tick; an hour already alerted is never alerted twice.
/// </summary>
public sealed partial class ListeningMonitor(IServiceScopeFactory scopes, TimeProvider time, IOptions<ListeningOptions> options, ILogger<ListeningMonitor> logger) : BackgroundService
{
    // The timer's run and a run asked for directly (tests, "run now") must not overlap, or a webhook could go out twice.
    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DetectionInterval, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<DetectListeningAnomaliesResult?> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            DetectListeningAnomaliesResult detected;
            await using (var scope = scopes.CreateAsyncScope())
            {
                detected = await scope.ServiceProvider.GetRequiredService<DetectListeningAnomaliesHandler>().HandleAsync(cancellationToken);
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                var delivered = await scope.ServiceProvider.GetRequiredService<DeliverAlertNotificationsHandler>().HandleAsync(cancellationToken);
                if (detected.AlertsRaised + delivered.Sent + delivered.Failed > 0)
                {
                    LogRun(detected.AlertsRaised, delivered.Sent, delivered.Failed);
                }
            }

            return detected;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception);
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening monitor raised {Alerts} alert(s); {Sent} notification(s) sent, {Failed} failed")]
    private partial void LogRun(int alerts, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Listening monitor failed; retrying on the next tick")]
    private partial void LogFailed(Exception exception);
}
