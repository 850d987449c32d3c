namespace CareDesk.Domain.Pharmacovigilance.Delivery;

/// <summary>How an organisation's safety database takes ICSRs (R15); None keeps the manual download and import.</summary>
public enum IcsrTransportKind
{
    None,
    Email,
    Webhook,
    DropFolder,
}
