using CareDesk.Application.Pharmacovigilance.Delivery;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareDesk.Ingestion.Pharmacovigilance;

/// <summary>
/// Sends queued ICSRs and escalates missing acknowledgements (R15) on a timer driven by the injected
/// <see cref="TimeProvider"/>, one scope per step, as the SLA sweeper does. Idle where no transport is configured,
/// except for escalations of rows queued before the transport was switched off.
/// </summary>
public sealed partial class IcsrDeliveryWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<PvDeliveryOptions> options,
    ILogger<IcsrDeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
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
            if (options.Value.Transport != IcsrTransportKind.None)
            {
                await using var deliverScope = scopes.CreateAsyncScope();
                var sent = await deliverScope.ServiceProvider.GetRequiredService<DeliverIcsrsHandler>().HandleAsync(cancellationToken);
                if (sent.Retrying + sent.Failed > 0)
                {
                    LogFailures(sent.Delivered, sent.Retrying, sent.Failed);
                }
            }

            await using var escalateScope = scopes.CreateAsyncScope();
            await escalateScope.ServiceProvider.GetRequiredService<EscalateUnacknowledgedIcsrsHandler>().HandleAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRunFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ICSR delivery: {Delivered} delivered, {Retrying} to retry, {Failed} given up")]
    private partial void LogFailures(int delivered, int retrying, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "ICSR delivery run failed; retrying on the next tick")]
    private partial void LogRunFailed(Exception exception);
}
