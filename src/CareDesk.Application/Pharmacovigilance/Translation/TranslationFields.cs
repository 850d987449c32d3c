using System.Text.RegularExpressions;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Pharmacovigilance.Translation;

internal static partial class TranslationFields
{
    public const string English = "eng";

    public static Validation Language(this Validation validation, string field, string? code)
    {
        if (code is not null && !LanguageCode().IsMatch(code.Trim()))
        {
            validation.Add(field, "Language must be an ISO 639-2 code of three letters, e.g. \"ger\" or \"fre\".");
        }

        return validation;
    }

    public static string Limit(string text) => text.Length <= EventTranslation.MaxTextLength ? text : text[..EventTranslation.MaxTextLength];

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex LanguageCode();
}
