using CareDesk.Application.Triage;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public static class TriageRulesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListTriageRules);
        group.MapPost("/", CreateTriageRule).RequireAuthorization(Policies.ContentManager);
        group.MapPut("/{id:guid}", UpdateTriageRule).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/test", TestTriageRule);
    }

    [EndpointSummary("All triage rules, enabled or not.")]
    public static async Task<Ok<IReadOnlyList<TriageRuleDto>>> ListTriageRules(ListTriageRulesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Add a rule (supervisors and admins).")]
    public static async Task<Created<TriageRuleDto>> CreateTriageRule(TriageRuleRequest request, CreateTriageRuleHandler handler, CancellationToken cancellationToken)
    {
        var rule = await handler.HandleAsync(request, cancellationToken);
        return TypedResults.Created($"/api/triage-rules/{rule.Id}", rule);
    }

    [EndpointSummary("Change a rule; its version goes up and the audit trail keeps the old content (supervisors and admins).")]
    public static async Task<Ok<TriageRuleDto>> UpdateTriageRule(Guid id, TriageRuleRequest request, UpdateTriageRuleHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new UpdateTriageRuleCommand(id, request), cancellationToken));

    [EndpointSummary("Try a rule definition against a text without saving it.")]
    public static Ok<TestTriageRuleResult> TestTriageRule(TestTriageRuleCommand command, TestTriageRuleHandler handler) =>
        TypedResults.Ok(handler.Handle(command));
}
