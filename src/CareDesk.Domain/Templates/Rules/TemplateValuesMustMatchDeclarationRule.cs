using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>Only declared variables, each required one present, each value of its declared kind.</summary>
public sealed class TemplateValuesMustMatchDeclarationRule(IReadOnlyList<TemplateVariable> declared, IReadOnlyDictionary<string, string> values) : IBusinessRule
{
    private string? _problem;

    public bool IsBroken()
    {
        _problem = FindProblem();
        return _problem is not null;
    }

    public string Message => _problem ?? string.Empty;

    public string? Field => "variables";

    private string? FindProblem()
    {
        var undeclared = values.Keys.Except(declared.Select(variable => variable.Name)).ToList();
        if (undeclared.Count > 0)
        {
            return $"The template does not declare: {string.Join(", ", undeclared)}. Only approved variables can be filled.";
        }

        foreach (var variable in declared)
        {
            var has = values.TryGetValue(variable.Name, out var value) && !string.IsNullOrWhiteSpace(value);
            if (!has && variable.Required)
            {
                return $"'{variable.Name}' is required.";
            }

            if (has && !TemplateVariableValues.IsValid(variable.Kind, value!.Trim()))
            {
                return $"'{variable.Name}' must be {TemplateVariableValues.Describe(variable.Kind)}.";
            }
        }

        return null;
    }
}
