using System.Text.RegularExpressions;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Registration.Rules;

/// <summary>The form's name is part of its public address, so it is a short lower-case slug.</summary>
public sealed partial class FormSlugMustBeValidRule(string? slug) : IBusinessRule
{
    public bool IsBroken() => slug is null || !Pattern().IsMatch(slug.Trim());

    public string Message => $"The form name must be 1-{RegistrationForm.MaxSlugLength} lower-case letters, digits or dashes.";

    public string? Field => "form";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex Pattern();
}
