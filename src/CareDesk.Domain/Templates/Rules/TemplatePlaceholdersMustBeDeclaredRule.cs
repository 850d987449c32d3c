using System.Text.RegularExpressions;
using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

public sealed partial class TemplatePlaceholdersMustBeDeclaredRule(IReadOnlyCollection<string> placeholders, IReadOnlyCollection<TemplateVariable> declared) : IBusinessRule
{
    private IEnumerable<string> Undeclared => placeholders.Except(declared.Select(variable => variable.Name));

    private IEnumerable<string> Unused => declared.Select(variable => variable.Name).Except(placeholders);

    public bool IsBroken() => Undeclared.Any() || Unused.Any() || declared.GroupBy(variable => variable.Name).Any(group => group.Count() > 1)
        || declared.Any(variable => !NamePattern().IsMatch(variable.Name));

    public string Message =>
        $"Every {{{{placeholder}}}} must be a lower snake_case name declared exactly once, and every declared variable used. Undeclared: [{string.Join(", ", Undeclared)}]; unused: [{string.Join(", ", Unused)}].";

    public string? Field => "variables";

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}
