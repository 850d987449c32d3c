using CareDesk.Domain.Common;

namespace CareDesk.Domain.Training.Rules;

public sealed class TrainingFieldMustFitRule(string fieldName, string? value, int maxLength) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength;

    public string Message => string.IsNullOrWhiteSpace(value) ? "Required." : $"At most {maxLength} characters.";

    public string? Field => fieldName;
}
