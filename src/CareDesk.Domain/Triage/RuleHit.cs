namespace CareDesk.Domain.Triage;

/// <summary>Why a label was given: the rule (or model) and the text that made it fire.</summary>
public sealed record RuleHit(string Source, TriageLabel Label, Priority Priority, string Evidence, int Start, int Length);
