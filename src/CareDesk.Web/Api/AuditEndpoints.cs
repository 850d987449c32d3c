using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", GetAuditTrail);
        group.MapGet("/verify", VerifyAuditChain);
    }

    [EndpointSummary("Audit entries, newest first, optionally for one entity.")]
    public static async Task<Ok<IReadOnlyList<HistoryDto>>> GetAuditTrail(GetAuditTrailHandler handler, CancellationToken cancellationToken, string? entityType = null, string? entityId = null, int take = 200) =>
        TypedResults.Ok(await handler.HandleAsync(new GetAuditTrailQuery(entityType, entityId, take), cancellationToken));

    [EndpointSummary("Re-compute the hash chain and report the first entry that does not match.")]
    public static async Task<Ok<AuditChainReport>> VerifyAuditChain(VerifyAuditChainHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));
}
