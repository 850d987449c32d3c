using CareDesk.Domain.Common;

namespace CareDesk.Domain.Triage.Rules;

public sealed class TriageRuleTermsMustBeValidRule(IReadOnlyList<string>? terms, TriageMatchKind kind, string fieldName, bool allowEmpty = false) : IBusinessRule
{
    private string? _problem;

    public bool IsBroken()
    {
        _problem = FindProblem();
        return _problem is not null;
    }

    public string Message => _problem ?? string.Empty;

    public string? Field => fieldName;

    private string? FindProblem()
    {
        if (terms is null || terms.Count == 0)
        {
            return allowEmpty ? null : "A triage rule needs at least one term.";
        }

        if (terms.Count > TriageRule.MaxTerms)
        {
            return $"A triage rule may have at most {TriageRule.MaxTerms} terms.";
        }

        foreach (var term in terms)
        {
            if (string.IsNullOrWhiteSpace(term) || term.Length > TriageRule.MaxTermLength)
            {
                return $"Each term must be 1-{TriageRule.MaxTermLength} characters.";
            }

            if (kind != TriageMatchKind.Regex && !term.Any(char.IsLetterOrDigit))
            {
                return $"Term '{term}' must contain a letter or digit; a bare wildcard would match every post.";
            }

            if (kind == TriageMatchKind.Regex && !IsValidRegex(term, out var error))
            {
                return $"'{term}' is not a valid regular expression: {error}";
            }
        }

        return null;
    }

    private static bool IsValidRegex(string pattern, out string error)
    {
        try
        {
            _ = TermMatcher.Compile(pattern, TriageMatchKind.Regex);
            error = string.Empty;
            return true;
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
            return false;
        }
    }
}
