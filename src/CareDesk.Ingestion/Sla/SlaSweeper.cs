using CareDesk.Application.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareDesk.Ingestion.Sla;

/// <summary>
/// Sweeps SLA clocks on a timer driven by the injected <see cref="TimeProvider"/>, one scope per tick, so tests
/// advance a fake clock instead of waiting. A failed sweep is logged and retried on the next tick.
/// </summary>
public sealed partial class SlaSweeper(IServiceScopeFactory scopes, TimeProvider time, IOptions<SlaOptions> options, ILogger<SlaSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            await SweepOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<SweepResult?> SweepOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<SweepSlaClocksHandler>().HandleAsync(cancellationToken);
            // Template expiry (R49) rides on the same tick: a date check, cheap, and it needs no timer of its own.
            await scope.ServiceProvider.GetRequiredService<Application.Templates.ExpireTemplatesHandler>().HandleAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<Application.Templates.NotifyExpiringTemplatesHandler>().HandleAsync(cancellationToken);

            // Held replies nobody decided on lapse on the same beat, so the approval queue never offers an expired one.
            await using (var lapseScope = scopes.CreateAsyncScope())
            {
                await lapseScope.ServiceProvider.GetRequiredService<Application.Approvals.LapseReplyApprovalsHandler>().HandleAsync(cancellationToken);
            }

            if (result.Warnings + result.Breaches > 0)
            {
                LogSwept(result.Warnings, result.Breaches);
            }

            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSweepFailed(exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SLA sweep raised {Warnings} warning(s) and {Breaches} breach(es)")]
    private partial void LogSwept(int warnings, int breaches);

    [LoggerMessage(Level = LogLevel.Error, Message = "SLA sweep failed; retrying on the next tick")]
    private partial void LogSweepFailed(Exception exception);
}
