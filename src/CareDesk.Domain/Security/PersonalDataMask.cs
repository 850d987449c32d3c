using System.Text.RegularExpressions;

namespace CareDesk.Domain.Security;

/// <summary>
/// The minimum-necessary view of a case for roles without the "PV data" permission (R39): the author handle and
/// reporter contact are hidden, and identifiers inside free text (e-mail addresses, phone numbers, @handles, street
/// addresses) are replaced, so the care content stays readable without saying who wrote it.
/// </summary>
public static partial class PersonalDataMask
{
    public const string Masked = "[masked]";

    public static string MaskHandle(string handle) => string.IsNullOrEmpty(handle) ? handle : Masked;

    public static string MaskIdentifiers(string text)
    {
        var masked = Email().Replace(text, Masked);
        masked = StreetAddress().Replace(masked, Masked);
        masked = Phone().Replace(masked, Masked);
        return Handle().Replace(masked, Masked);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    [GeneratedRegex(@"\+?\d[\d\s().-]{7,}\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\w@])@\w{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\b\d{1,5}\s+(?:\p{L}+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Close|Way)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex StreetAddress();
}
