using CareDesk.Domain.Common;

namespace CareDesk.Domain.Conversations.Rules;

public sealed class PostFieldMustFitRule(string fieldName, string? value, int maxLength) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength;

    public string Message => $"'{fieldName}' is required and must be at most {maxLength} characters.";

    public string? Field => fieldName;
}
