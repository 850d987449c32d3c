using CareDesk.Domain.Common;

namespace CareDesk.Domain.Listening.Rules;

/// <summary>A listening expression must parse (balanced quotes and parentheses, operators between terms) and fit.</summary>
public sealed class ListeningQueryMustParseRule(string? expression) : IBusinessRule
{
    private readonly string? _error = expression is { Length: > ListeningQuery.MaxExpressionLength }
        ? $"The expression must be at most {ListeningQuery.MaxExpressionLength} characters."
        : BooleanQuery.TryParse(expression, out _, out var error) ? null : error;

    public bool IsBroken() => _error is not null;

    public string? Field => "expression";

    public string Message => $"The listening query cannot be read: {_error}";
}
