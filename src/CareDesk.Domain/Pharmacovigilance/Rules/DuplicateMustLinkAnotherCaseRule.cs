using CareDesk.Domain.Common;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>A case cannot be the duplicate of itself (R16).</summary>
public sealed class DuplicateMustLinkAnotherCaseRule(int caseNumber, int originalCaseNumber) : IBusinessRule
{
    public bool IsBroken() => caseNumber == originalCaseNumber;

    public string Message => "A case cannot be linked as a duplicate of itself.";

    public string? Field => "originalCaseNumber";
}
