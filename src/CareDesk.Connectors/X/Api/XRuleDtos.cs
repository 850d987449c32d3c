namespace CareDesk.Connectors.X.Api;

internal sealed record XRulesRequest(IReadOnlyList<XNewRule>? Add = null, XRuleIds? Delete = null);

internal sealed record XNewRule(string Value, string? Tag);

internal sealed record XRuleIds(IReadOnlyList<string> Ids);

internal sealed record XRulesResponse(IReadOnlyList<XStreamRule>? Data = null, XRulesMeta? Meta = null, IReadOnlyList<XError>? Errors = null);

internal sealed record XRulesMeta(DateTimeOffset? Sent = null, XRulesSummary? Summary = null);

internal sealed record XRulesSummary(int Created = 0, int NotCreated = 0, int Valid = 0, int Invalid = 0, int Deleted = 0, int NotDeleted = 0);
