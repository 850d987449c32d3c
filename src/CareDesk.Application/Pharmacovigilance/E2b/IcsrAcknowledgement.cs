namespace CareDesk.Application.Pharmacovigilance.E2b;

/// <summary>An E2B(R3) acknowledgement batch (<c>MCCI_IN200101UV01</c>) as read: the batch verdict and one verdict per ICSR message.</summary>
public sealed record IcsrAcknowledgement(string? BatchNumber, string BatchCode, string? BatchDetail, IReadOnlyList<IcsrMessageAcknowledgement> Messages);

/// <summary>
/// One message's verdict: ACK.B.r.1 (the ICSR message number and/or safety report id it answers), ACK.B.r.2 (the
/// receiver's local report number), ACK.B.r.6 code (CA accepted, CR rejected) and ACK.B.r.7 detail.
/// </summary>
public sealed record IcsrMessageAcknowledgement(IReadOnlyList<string> TargetIds, string? LocalReportNumber, string Code, string? Detail)
{
    public bool Accepted => Domain.Pharmacovigilance.AcknowledgementCode.IsAccepted(Code);
}
