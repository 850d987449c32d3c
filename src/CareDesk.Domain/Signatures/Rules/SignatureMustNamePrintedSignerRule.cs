using CareDesk.Domain.Common;

namespace CareDesk.Domain.Signatures.Rules;

/// <summary>A signature shows the signer's printed name (R31); an account without one cannot sign.</summary>
public sealed class SignatureMustNamePrintedSignerRule(string? printedName) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(printedName);

    public string Message => "The signer has no printed name on their account; a signature must show the signer's full name.";

    public string? Field => "signer";
}
