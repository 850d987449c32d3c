using CareDesk.Application.Policy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record ApproveResponseMatrixRequest(string? Password, string? SignerUserName = null);

public static class PolicyEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/{brand}", GetEngagementPolicy);
        group.MapPut("/{brand}/scope", SetEngagementScope);
        group.MapPost("/matrices", SaveResponseMatrix);
        group.MapPost("/matrices/{id:guid}/approve", ApproveResponseMatrix);
    }

    [EndpointSummary("A brand's engagement policy: scope (channels, listening sources, pilot mode) and every response matrix version.")]
    public static async Task<Ok<EngagementPolicyDto>> GetEngagementPolicy(string brand, GetEngagementPolicyHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new GetEngagementPolicyQuery(brand), cancellationToken));

    [EndpointSummary("Supervisors: set the channels and listening sources a brand engages on, and pilot mode or the switch to full scope (audited).")]
    public static async Task<Ok<EngagementScopeDto>> SetEngagementScope(string brand, SetEngagementScopeCommand request, SetEngagementScopeHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(request with { Brand = brand }, cancellationToken));

    [EndpointSummary("Supervisors: draft the next response matrix version for a brand and market (label x channel kind -> action, templates, reason).")]
    public static async Task<Created<SaveResponseMatrixResult>> SaveResponseMatrix(SaveResponseMatrixCommand request, SaveResponseMatrixHandler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request, cancellationToken);
        return TypedResults.Created($"/api/policy/matrices/{result.Id}", result);
    }

    [EndpointSummary("Approve a response matrix draft with an e-signature (password re-entry; not its author); supersedes the approved version.")]
    public static async Task<Ok<int>> ApproveResponseMatrix(Guid id, ApproveResponseMatrixRequest request, ApproveResponseMatrixHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ApproveResponseMatrixCommand(id, request.Password, request.SignerUserName), cancellationToken));
}
