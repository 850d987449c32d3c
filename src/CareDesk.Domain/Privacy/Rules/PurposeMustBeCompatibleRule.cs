using CareDesk.Domain.Common;

namespace CareDesk.Domain.Privacy.Rules;

/// <summary>Purpose limitation (GDPR Art 5(1)(b), R40): data is used only for a purpose compatible with the one it was collected for.</summary>
public sealed class PurposeMustBeCompatibleRule(ProcessingPurpose collectedFor, ProcessingPurpose usedFor, bool hasConsentForUse) : IBusinessRule
{
    public bool IsBroken() => !ProcessingRegister.IsCompatible(collectedFor, usedFor, hasConsentForUse);

    public string Message =>
        $"purpose '{ProcessingRegister.Of(collectedFor).Name}' not compatible with '{ProcessingRegister.Of(usedFor).Name}'"
        + (collectedFor is ProcessingPurpose.Pharmacovigilance or ProcessingPurpose.FollowUpContact ? "." : " without the person's consent.");

    public string? Field => "caseNumbers";
}
