using CareDesk.Domain.Common;

namespace CareDesk.Domain.Privacy.Rules;

/// <summary>Consent is only evidence if the ledger keeps the exact words shown and their version (GDPR Art 7(1)).</summary>
public sealed class ConsentNeedsTheExactTextRule(string? textShown, string? textVersion) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(textShown) || string.IsNullOrWhiteSpace(textVersion);

    public string Message => "Consent must record the exact text shown and its version.";

    public string? Field => string.IsNullOrWhiteSpace(textShown) ? "text" : "version";
}
