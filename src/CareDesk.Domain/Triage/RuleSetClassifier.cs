namespace CareDesk.Domain.Triage;

/// <summary>Evaluates a set of rules against one input: every rule that fires adds its label (multi-label, R14).</summary>
public static class RuleSetClassifier
{
    public const string Name = "rules";

    public static TriageOutcome Classify(IEnumerable<TriageRule> rules, TriageInput input) =>
        TriageOutcome.FromHits(rules.Select(rule => rule.Evaluate(input)).OfType<RuleHit>(), Name);
}
