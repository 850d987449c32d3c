using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Cases;

/// <summary>Which cases carry a medical-information request, hidden from marketing roles (R20).</summary>
public sealed partial class Case
{
    public bool IsMedicalInformationRequest =>
        Labels.Contains(TriageLabel.MedicalInquiry) || Labels.Contains(TriageLabel.OffLabel) || EscalatedTo.Contains(EscalationTarget.MedicalInformation);
}
