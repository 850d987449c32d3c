using CareDesk.Domain.Common;

namespace CareDesk.Domain.Replies.Rules;

/// <summary>A public reply may only carry health details or personal data that the approved template itself carries (R43c).</summary>
public sealed class PublicReplyMustNotEchoHealthOrPiiRule(bool isPublic, string text, string templateText) : IBusinessRule
{
    private readonly IReadOnlyList<string> _findings = isPublic ? PublicReplyScreen.FindNotInTemplate(text, templateText) : [];

    public bool IsBroken() => _findings.Count > 0;

    public string Message => $"Blocked: health term/PII not from template ({string.Join(", ", _findings)}).";

    public string? Field => "proposedText";
}
