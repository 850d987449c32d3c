using CareDesk.Domain.Common;

namespace CareDesk.Domain.Registration.Rules;

/// <summary>
/// A form asks for an e-mail (the contact reference a submission is joined on), names each field once, gives every
/// choice its options, and makes a field depend only on an earlier one, so the form can be evaluated top to bottom.
/// </summary>
public sealed class FormFieldsMustBeWellFormedRule(IReadOnlyList<FormField>? fields) : IBusinessRule
{
    public const string EmailFieldName = "email";

    public bool IsBroken() => Problem() is not null;

    public string Message => Problem() ?? "The fields are well formed.";

    public string? Field => "fields";

    private string? Problem()
    {
        if (fields is null || fields.Count == 0)
        {
            return "A form needs at least one field.";
        }

        if (!fields.Any(field => field.Name == EmailFieldName && field.Kind == FormFieldKind.Email && field.Required && field.ShowWhen is null))
        {
            return $"A form needs a required, always shown e-mail field named '{EmailFieldName}'.";
        }

        var earlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (string.IsNullOrWhiteSpace(field.Name) || field.Name.Length > FormField.MaxNameLength || string.IsNullOrWhiteSpace(field.Label)
                || field.Label.Length > FormField.MaxLabelLength || field.MaxLength is < 1 or > 2000)
            {
                return $"Field '{field.Name}' needs a name (at most {FormField.MaxNameLength} characters), a label and a maximum length of 1-2000.";
            }

            if (!earlier.Add(field.Name))
            {
                return $"Field '{field.Name}' appears twice.";
            }

            if (field.Kind == FormFieldKind.Choice && field.Choices.Count == 0)
            {
                return $"Choice field '{field.Name}' needs options.";
            }

            if (field.ShowWhen is { } condition && (condition.Field == field.Name || !earlier.Contains(condition.Field)))
            {
                return $"Field '{field.Name}' may only depend on an earlier field, not '{condition.Field}'.";
            }
        }

        return null;
    }
}
