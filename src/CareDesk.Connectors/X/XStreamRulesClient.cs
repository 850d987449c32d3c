using System.Net.Http.Json;
using CareDesk.Connectors.X.Api;

namespace CareDesk.Connectors.X;

/// <summary>
/// What X did with a rules change. A rule X refused (200 with errors[], e.g. too many clauses) is listed in
/// <see cref="Rejected"/> with X's reasons: a listening query that silently never matches would be a screening gap.
/// </summary>
public sealed record XRulesChange(IReadOnlyList<XStreamRule> Rules, IReadOnlyList<XRejectedRule> Rejected, int Created, int Deleted, bool DryRun);

public sealed record XRejectedRule(string? Value, IReadOnlyList<string> Reasons);

/// <summary>
/// Filtered-stream rules for listening queries (GET/POST /2/tweets/search/stream/rules, app token). dry_run checks
/// rules without saving them. 401/403 (e.g. client-not-enrolled) surface as ChannelAuthorizationException, 400 as
/// <see cref="XInvalidRequestException"/>.
/// </summary>
internal sealed class XStreamRulesClient(XApiClient client)
{
    private const string RulesPath = "2/tweets/search/stream/rules";

    public async Task<IReadOnlyList<XStreamRule>> GetAsync(CancellationToken cancellationToken)
    {
        var request = new XRequest(HttpMethod.Get, "GET /2/tweets/search/stream/rules", RulesPath, XCredential.App);
        var response = await client.SendAsync(request, XJsonContext.Default.XRulesResponse, cancellationToken);
        return response.Body.Data ?? [];
    }

    public Task<XRulesChange> AddAsync(IReadOnlyList<XStreamRule> rules, bool dryRun, CancellationToken cancellationToken) =>
        ChangeAsync(new XRulesRequest(Add: [.. rules.Select(rule => new XNewRule(rule.Value, rule.Tag))]), dryRun, cancellationToken);

    public Task<XRulesChange> DeleteAsync(IReadOnlyList<string> ruleIds, bool dryRun, CancellationToken cancellationToken) =>
        ChangeAsync(new XRulesRequest(Delete: new XRuleIds(ruleIds)), dryRun, cancellationToken);

    private async Task<XRulesChange> ChangeAsync(XRulesRequest change, bool dryRun, CancellationToken cancellationToken)
    {
        var body = JsonContent.Create(change, XJsonContext.Default.XRulesRequest);
        var uri = dryRun ? RulesPath + "?dry_run=true" : RulesPath;
        var response = await client.SendAsync(new XRequest(HttpMethod.Post, "POST /2/tweets/search/stream/rules", uri, XCredential.App, body), XJsonContext.Default.XRulesResponse, cancellationToken);
        var summary = response.Body.Meta?.Summary;
        var rejected = (response.Body.Errors ?? [])
            .Select(error => new XRejectedRule(error.Value, error.Details is { Count: > 0 } details ? details : [error.Describe()]))
            .ToList();
        return new XRulesChange(response.Body.Data ?? [], rejected, summary?.Created ?? 0, summary?.Deleted ?? 0, dryRun);
    }
}
