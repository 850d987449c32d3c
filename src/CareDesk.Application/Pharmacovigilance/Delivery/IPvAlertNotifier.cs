using CareDesk.Domain.Pharmacovigilance.Delivery;

namespace CareDesk.Application.Pharmacovigilance.Delivery;

/// <summary>Tells the PV lead about an escalation once it is stored; a failed notification never loses the stored alert.</summary>
public interface IPvAlertNotifier
{
    Task NotifyAsync(PvAlert alert, CancellationToken cancellationToken);
}
