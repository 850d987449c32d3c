namespace CareDesk.Domain.Listening;

/// <summary>
/// Parses a listening expression: words, "quoted phrases", AND, OR, NOT (upper case, or a leading '-'), parentheses.
/// Words side by side mean AND; AND binds tighter than OR, as in the networks' own search syntax.
/// </summary>
public sealed class BooleanQuery
{
    private readonly List<string> _tokens;
    private int _position;

    private BooleanQuery(List<string> tokens) => _tokens = tokens;

    public static QueryNode Parse(string expression) =>
        TryParse(expression, out var query, out var error) ? query! : throw new FormatException(error);

    public static bool TryParse(string? expression, out QueryNode? query, out string? error)
    {
        query = null;
        error = null;
        try
        {
            var parser = new BooleanQuery(QueryTokenizer.Tokenize(expression ?? string.Empty));
            if (parser._tokens.Count == 0)
            {
                error = "The query is empty.";
                return false;
            }

            query = parser.ParseOr();
            if (parser._position < parser._tokens.Count)
            {
                error = $"Unexpected '{parser._tokens[parser._position]}' at term {parser._position + 1}.";
                query = null;
            }
        }
        catch (FormatException invalid)
        {
            error = invalid.Message;
        }

        return query is not null;
    }

    public static bool Matches(QueryNode query, string text) => query.Matches(ListeningText.Words(text));

    private QueryNode ParseOr()
    {
        var left = ParseAnd();
        while (Accept("OR"))
        {
            left = new OrNode(left, ParseAnd());
        }

        return left;
    }

    private QueryNode ParseAnd()
    {
        var left = ParseUnary();
        while (_position < _tokens.Count && _tokens[_position] is not ("OR" or ")"))
        {
            Accept("AND");
            left = new AndNode(left, ParseUnary());
        }

        return left;
    }

    private QueryNode ParseUnary()
    {
        if (Accept("NOT") || Accept("-"))
        {
            return new NotNode(ParseUnary());
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            return Accept(")") ? inner : throw new FormatException("A '(' is never closed.");
        }

        if (_position >= _tokens.Count)
        {
            throw new FormatException("The query ends where a term was expected.");
        }

        var token = _tokens[_position++];
        if (token is "AND" or "OR" or ")")
        {
            throw new FormatException($"'{token}' needs a term before and after it.");
        }

        var words = ListeningText.Words(token.Trim('"'));
        return words.Count == 0 ? throw new FormatException($"'{token}' holds no searchable word.") : new TermNode(words);
    }

    private bool Accept(string token)
    {
        if (_position < _tokens.Count && _tokens[_position] == token)
        {
            _position++;
            return true;
        }

        return false;
    }
}
