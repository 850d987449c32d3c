using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Crisis;

namespace CareDesk.Domain.Listening.Rules;

public sealed class CrisisActionTextMustFitRule(string? text) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text) || text.Length > CrisisAction.MaxTextLength;

    public string? Field => "text";

    public string Message => $"Say what was done, in 1 to {CrisisAction.MaxTextLength} characters.";
}
