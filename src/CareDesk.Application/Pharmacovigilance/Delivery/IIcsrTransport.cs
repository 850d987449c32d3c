using CareDesk.Domain.Pharmacovigilance.Delivery;

namespace CareDesk.Application.Pharmacovigilance.Delivery;

/// <summary>One ICSR as sent: the E2B message id (what the acknowledgement names), the safety report id and the XML.</summary>
public sealed record IcsrEnvelope(string MessageId, string SafetyReportId, int CaseNumber, string Xml)
{
    public string FileName => $"{MessageId}.xml";
}

/// <summary>
/// A way to put an ICSR into the PV safety database (R15). Throws when the message was not accepted; returns what
/// the far side gave back (Message-ID, HTTP status, file path) for the outbox row.
/// </summary>
public interface IIcsrTransport
{
    IcsrTransportKind Kind { get; }

    Task<string> SendAsync(IcsrEnvelope envelope, CancellationToken cancellationToken);
}
