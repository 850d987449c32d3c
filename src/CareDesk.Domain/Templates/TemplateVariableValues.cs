using System.Text.RegularExpressions;

namespace CareDesk.Domain.Templates;

/// <summary>Checks a value an agent typed against its variable's kind.</summary>
public static partial class TemplateVariableValues
{
    public const int MaxValueLength = 200;

    public static bool IsValid(TemplateVariableKind kind, string value) => value.Length <= MaxValueLength && kind switch
    {
        TemplateVariableKind.FirstName => FirstNamePattern().IsMatch(value),
        TemplateVariableKind.Handle => HandlePattern().IsMatch(value),
        TemplateVariableKind.CaseNumber => CaseNumberPattern().IsMatch(value),
        TemplateVariableKind.Url => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps,
        TemplateVariableKind.PhoneNumber => PhonePattern().IsMatch(value),
        TemplateVariableKind.CouponCode => Roi.CouponCode.TryNormalize(value, out var code) && code == value,
    };

    public static string Describe(TemplateVariableKind kind) => kind switch
    {
        TemplateVariableKind.FirstName => "a first name (letters, spaces, hyphens, apostrophes; up to 40)",
        TemplateVariableKind.Handle => "a handle such as @name",
        TemplateVariableKind.CaseNumber => "a case number (digits)",
        TemplateVariableKind.Url => "an https:// address",
        TemplateVariableKind.PhoneNumber => "a phone number (digits, spaces, +, -, parentheses)",
        TemplateVariableKind.CouponCode => "a redemption code such as K7MQ-3XPA-RT9C (issue one on the ROI API)",
    };

    [GeneratedRegex(@"^[\p{L}][\p{L} '\-]{0,39}$")]
    private static partial Regex FirstNamePattern();

    [GeneratedRegex(@"^@?[A-Za-z0-9_.]{1,50}$")]
    private static partial Regex HandlePattern();

    [GeneratedRegex(@"^[0-9]{1,10}$")]
    private static partial Regex CaseNumberPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{5,25}$")]
    private static partial Regex PhonePattern();
}
