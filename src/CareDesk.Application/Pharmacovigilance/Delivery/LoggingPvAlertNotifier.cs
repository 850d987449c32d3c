using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.Extensions.Logging;

namespace CareDesk.Application.Pharmacovigilance.Delivery;

/// <summary>The notifier where no PV lead mailbox is configured: a warning in the log, which operations monitoring picks up.</summary>
public sealed partial class LoggingPvAlertNotifier(ILogger<LoggingPvAlertNotifier> logger) : IPvAlertNotifier
{
    public Task NotifyAsync(PvAlert alert, CancellationToken cancellationToken)
    {
        LogAlert(alert.Kind, alert.CaseNumber, alert.MessageId, alert.Detail);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PV escalation {Kind} for case {CaseNumber}, ICSR {MessageId}: {Detail}")]
    private partial void LogAlert(PvAlertKind kind, int caseNumber, string messageId, string detail);
}
