using CareDesk.Domain.Common;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>An ICSR is only valid with all four minimum criteria confirmed by a human (R5).</summary>
public sealed class MinimumCriteriaMustBeConfirmedRule(PvIntake intake) : IBusinessRule
{
    public bool IsBroken() => !intake.IsValidIcsr;

    public string Message => $"Case {intake.CaseNumber} cannot be sent to PV: confirm reporter, patient, product and event first (missing: {string.Join(", ", intake.MissingCriteria())}).";

    public string? Field => "criteria";
}
