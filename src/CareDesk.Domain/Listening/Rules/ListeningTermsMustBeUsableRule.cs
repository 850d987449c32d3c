using CareDesk.Domain.Common;

namespace CareDesk.Domain.Listening.Rules;

/// <summary>Brand terms are required (share of voice and hashtag-hijack checks need them); each term must hold a word.</summary>
public sealed class ListeningTermsMustBeUsableRule(string fieldName, IReadOnlyList<string> terms, bool required = true) : IBusinessRule
{
    public bool IsBroken() => (required && terms.Count == 0) || terms.Count > ListeningQuery.MaxTerms
        || terms.Any(term => term.Length > 100 || ListeningText.Words(term).Count == 0);

    public string? Field => fieldName;

    public string Message => required && terms.Count == 0
        ? $"'{fieldName}' needs at least one term."
        : $"'{fieldName}' takes at most {ListeningQuery.MaxTerms} terms of up to 100 characters, each with at least one word.";
}
