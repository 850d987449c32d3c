using CareDesk.Domain.Channels;

namespace CareDesk.Domain.Triage;

/// <summary>The editable content of a triage rule; also what "test this rule" evaluates without saving.</summary>
public sealed record TriageRuleDefinition(
    string Name,
    TriageLabel Label,
    Priority Priority,
    TriageMatchKind MatchKind,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string>? ExcludeTerms = null,
    IReadOnlyList<ChannelKind>? ChannelKinds = null,
    bool PublicOnly = false);
