namespace CareDesk.Domain.Listening;

/// <summary>A parsed listening query: a word or quoted phrase, or AND / OR / NOT of sub-queries.</summary>
public abstract record QueryNode
{
    public abstract bool Matches(IReadOnlyList<string> words);

    /// <summary>The words and phrases the query looks for (NOT parts excluded), e.g. to count share of voice.</summary>
    public abstract IEnumerable<string> PositiveTerms();
}

/// <summary>One word, or a phrase of consecutive words; a hashtag in the text matches its bare word.</summary>
public sealed record TermNode(IReadOnlyList<string> Words) : QueryNode
{
    public override bool Matches(IReadOnlyList<string> words)
    {
        for (var start = 0; start + Words.Count <= words.Count; start++)
        {
            var all = true;
            for (var offset = 0; offset < Words.Count && all; offset++)
            {
                all = Same(Words[offset], words[start + offset]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    public override IEnumerable<string> PositiveTerms() => [string.Join(' ', Words)];

    public override string ToString() => Words.Count == 1 ? Words[0] : $"\"{string.Join(' ', Words)}\"";

    // A query hashtag matches only that hashtag; a query word matches the word and its hashtag.
    private static bool Same(string queryWord, string textWord) =>
        ListeningText.IsHashtag(queryWord) ? queryWord == textWord : queryWord == ListeningText.Bare(textWord);
}

public sealed record AndNode(QueryNode Left, QueryNode Right) : QueryNode
{
    public override bool Matches(IReadOnlyList<string> words) => Left.Matches(words) && Right.Matches(words);

    public override IEnumerable<string> PositiveTerms() => Left.PositiveTerms().Concat(Right.PositiveTerms());

    public override string ToString() => $"({Left} AND {Right})";
}

public sealed record OrNode(QueryNode Left, QueryNode Right) : QueryNode
{
    public override bool Matches(IReadOnlyList<string> words) => Left.Matches(words) || Right.Matches(words);

    public override IEnumerable<string> PositiveTerms() => Left.PositiveTerms().Concat(Right.PositiveTerms());

    public override string ToString() => $"({Left} OR {Right})";
}

public sealed record NotNode(QueryNode Inner) : QueryNode
{
    public override bool Matches(IReadOnlyList<string> words) => !Inner.Matches(words);

    public override IEnumerable<string> PositiveTerms() => [];

    public override string ToString() => $"NOT {Inner}";
}
