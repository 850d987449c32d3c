using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

public sealed class TemplatePlaceholdersMustBeDeclaredRule(IReadOnlyCollection<string> placeholders, IReadOnlyCollection<TemplateVariable> declared) : IBusinessRule
{
    private IEnumerable<string> Undeclared => placeholders.Except(declared.Select(variable => variable.Name));

    private IEnumerable<string> Unused => declared.Select(variable => variable.Name).Except(placeholders);

    public bool IsBroken() => Undeclared.Any() || Unused.Any() || declared.GroupBy(variable => variable.Name).Any(group => group.Count() > 1);

    public string Message =>
        $"Every {{{{placeholder}}}} must be declared exactly once and every declared variable used. Undeclared: [{string.Join(", ", Undeclared)}]; unused: [{string.Join(", ", Unused)}].";

    public string? Field => "variables";
}
