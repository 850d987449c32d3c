using CareDesk.Domain.Common;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>
/// An incomplete report is closed as invalid only after every scheduled follow-up attempt was logged, or with a
/// documented exception such as "the user blocked the account" (R8); a valid ICSR is never closed as invalid (R5).
/// </summary>
public sealed class FollowUpsMustBeDoneBeforeClosingInvalidRule(PvIntake intake, string? exception) : IBusinessRule
{
    public bool IsBroken() => intake.IsValidIcsr || (intake.FollowUps.Any(task => task.IsOpen) && string.IsNullOrWhiteSpace(exception));

    public string Message => intake.IsValidIcsr
        ? $"Case {intake.CaseNumber} has all four minimum criteria: send it to PV instead of closing it as invalid."
        : $"Case {intake.CaseNumber} cannot be closed as invalid yet: log all {intake.FollowUps.Count} follow-up attempts or record an exception.";

    public string? Field => "exception";
}
