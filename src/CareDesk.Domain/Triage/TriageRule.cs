using System.Text.RegularExpressions;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Triage.Rules;

namespace CareDesk.Domain.Triage;

/// <summary>A transparent screening rule stored as data; supervisors edit it, every change is versioned and audited.</summary>
public sealed class TriageRule
{
    public const int MaxNameLength = 100;
    public const int MaxTerms = 200;
    public const int MaxTermLength = 200;

    private Regex[]? _compiled;
    private Regex[]? _compiledExcludes;

    private TriageRule()
    {
        Name = string.Empty;
        Terms = [];
        ExcludeTerms = [];
        ChannelKinds = [];
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public TriageLabel Label { get; private set; }

    public Priority Priority { get; private set; }

    public TriageMatchKind MatchKind { get; private set; }

    public List<string> Terms { get; private set; }

    public List<string> ExcludeTerms { get; private set; }

    /// <summary>Channels the rule applies to; empty means all.</summary>
    public List<ChannelKind> ChannelKinds { get; private set; }

    public bool PublicOnly { get; private set; }

    public bool Enabled { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TriageRule Create(TriageRuleDefinition definition, DateTimeOffset now)
    {
        var rule = new TriageRule { Id = Guid.NewGuid(), Enabled = true };
        rule.Apply(definition, now);
        return rule;
    }

    public void Update(TriageRuleDefinition definition, bool enabled, DateTimeOffset now)
    {
        Apply(definition, now);
        Enabled = enabled;
    }

    public TriageRuleDefinition ToDefinition() =>
        new(Name, Label, Priority, MatchKind, Terms, ExcludeTerms, ChannelKinds, PublicOnly);

    /// <summary>The hit this rule gives the input, or null. A pattern that times out fires, so a post is never under-screened.</summary>
    public RuleHit? Evaluate(TriageInput input)
    {
        if (!Enabled || !AppliesTo(input))
        {
            return null;
        }

        try
        {
            _compiledExcludes ??= ExcludeTerms.Select(term => TermMatcher.Compile(term, MatchKind)).ToArray();
            _compiled ??= Terms.Select(term => TermMatcher.Compile(term, MatchKind)).ToArray();
            var excluded = _compiledExcludes.SelectMany(regex => regex.Matches(input.Text)).ToList();
            var matches = _compiled.Select(regex => FirstCountedMatch(regex, input.Text, excluded)).ToList();
            var first = MatchKind == TriageMatchKind.AllTerms
                ? (matches.All(match => match is not null) ? matches.OrderBy(match => match!.Index).First() : null)
                : matches.Where(match => match is not null).OrderBy(match => match!.Index).FirstOrDefault();
            return first is null ? null : new RuleHit(Name, Label, Priority, first.Value, first.Index, first.Length);
        }
        catch (RegexMatchTimeoutException)
        {
            return new RuleHit(Name, Label, Priority, "(pattern timed out: flagged for manual review)", 0, 0);
        }
    }

    /// <summary>
    /// The first match not inside an excluded phrase: "no side effects" cancels only its own "side effects",
    /// so "no side effects at first, but now my gums are bleeding" still fires on "bleeding".
    /// </summary>
    private static Match? FirstCountedMatch(Regex regex, string text, List<Match> excluded) =>
        regex.Matches(text).FirstOrDefault(match =>
            !excluded.Any(span => match.Index < span.Index + span.Length && match.Index + match.Length > span.Index));

    private bool AppliesTo(TriageInput input) =>
        (!PublicOnly || input.IsPublic)
        && (ChannelKinds.Count == 0 || input.ChannelKind is null || ChannelKinds.Contains(input.ChannelKind.Value));

    private void Apply(TriageRuleDefinition definition, DateTimeOffset now)
    {
        BusinessRules.Check(new TriageRuleMustHaveNameRule(definition.Name));
        BusinessRules.Check(new TriageRuleTermsMustBeValidRule(definition.Terms, definition.MatchKind, "terms"));
        BusinessRules.Check(new TriageRuleTermsMustBeValidRule(definition.ExcludeTerms ?? [], definition.MatchKind, "excludeTerms", allowEmpty: true));
        Name = definition.Name.Trim();
        Label = definition.Label;
        Priority = definition.Priority;
        MatchKind = definition.MatchKind;
        Terms = definition.Terms.Select(term => term.Trim()).ToList();
        ExcludeTerms = (definition.ExcludeTerms ?? []).Select(term => term.Trim()).ToList();
        ChannelKinds = (definition.ChannelKinds ?? []).Distinct().ToList();
        PublicOnly = definition.PublicOnly;
        Version++;
        UpdatedAt = now;
        _compiled = null;
        _compiledExcludes = null;
    }
}
