using System.Globalization;
using System.Net.Mail;

namespace CareDesk.Domain.Registration;

/// <summary>Checks the answers to the fields a person was shown, keyed by field name, so the form can put each message next to its field.</summary>
public static class FormAnswerErrors
{
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyList<FormField> visibleFields, IReadOnlyDictionary<string, string> answers)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in visibleFields)
        {
            var answer = answers.TryGetValue(field.Name, out var value) ? value.Trim() : string.Empty;
            if (ErrorFor(field, answer) is { } error)
            {
                errors[field.Name] = error;
            }
        }

        return errors;
    }

    public static string? ErrorFor(FormField field, string answer)
    {
        if (answer.Length == 0)
        {
            return field.Required ? $"{field.Label} is required." : null;
        }

        if (answer.Length > field.MaxLength)
        {
            return $"{field.Label} must be at most {field.MaxLength} characters.";
        }

        return field.Kind switch
        {
            FormFieldKind.Email => MailAddress.TryCreate(answer, out var address) && address.Address == answer && answer.Contains('.', StringComparison.Ordinal)
                ? null : $"{field.Label} must be an e-mail address such as name@example.com.",
            FormFieldKind.Choice => field.Choices.Contains(answer, StringComparer.OrdinalIgnoreCase) ? null : $"{field.Label} must be one of: {string.Join(", ", field.Choices)}.",
            FormFieldKind.Date => DateOnly.TryParseExact(answer, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null : $"{field.Label} must be a date (yyyy-mm-dd).",
            FormFieldKind.Text => null,
            _ => null,
        };
    }
}
