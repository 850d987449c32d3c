namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>
/// What the safety database answered for one ICSR message (E2B ACK.B.r.6: CA commit accept, CR commit reject) or
/// for the batch (ACK.A.4: AA accepted, AE error, AR rejected).
/// </summary>
public static class AcknowledgementCode
{
    public static bool IsAccepted(string code) => code is "CA" or "AA";

    public static bool IsKnown(string code) => code is "CA" or "CR" or "AA" or "AE" or "AR";
}
