using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Delivery;

namespace CareDesk.Application.Pharmacovigilance.Delivery;

/// <summary>Raises a PV escalation in the caller's unit of work (stored and audited), and notifies once that is saved.</summary>
public sealed partial class PvAlerts(IAppDbContext db, AuditTrail audit, IPvAlertNotifier notifier, Microsoft.Extensions.Logging.ILogger<PvAlerts> logger)
{
    private readonly List<PvAlert> _raised = [];

    public void Raise(PvIntake intake, PvAlertKind kind, string detail, DateTimeOffset at)
    {
        var alert = PvAlert.Raise(intake, kind, detail, at);
        db.PvAlerts.Add(alert);
        audit.Record("pv.alert_raised", "PvAlert", alert.Id, null, new { alert.CaseNumber, alert.MessageId, kind = kind.ToString(), alert.Detail });
        _raised.Add(alert);
    }

    /// <summary>Call after SaveChangesAsync: a notification for an alert that was never stored would be a false alarm.</summary>
    public async Task NotifyRaisedAsync(CancellationToken cancellationToken)
    {
        foreach (var alert in _raised)
        {
            try
            {
                await notifier.NotifyAsync(alert, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogNotifyFailed(exception, alert.Kind, alert.CaseNumber);
            }
        }

        _raised.Clear();
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "Could not notify the PV escalation {Kind} for case {CaseNumber}; it stays visible in reconciliation")]
    private partial void LogNotifyFailed(Exception exception, PvAlertKind kind, int caseNumber);
}
