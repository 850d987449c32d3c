using CareDesk.Domain.Common;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>One forwarded ICSR per case unless the safety database rejected it; new information goes as a follow-up.</summary>
public sealed class HandoffMustNotRepeatRule(PvIntake intake) : IBusinessRule
{
    public bool IsBroken() => intake.HandedOffAt is not null && (intake.AckCode is null || AcknowledgementCode.IsAccepted(intake.AckCode));

    public string Message => $"Case {intake.CaseNumber} was already sent to PV as {intake.IcsrMessageId}.";

    public string? Field => "case";
}
