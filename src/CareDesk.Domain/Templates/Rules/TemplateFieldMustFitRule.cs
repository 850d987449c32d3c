using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

public sealed class TemplateFieldMustFitRule(string fieldName, string? value, int maxLength) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(value) || value.Length > maxLength;

    public string Message => $"'{fieldName}' is required and must be at most {maxLength} characters.";

    public string? Field => fieldName;
}
