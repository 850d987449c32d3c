using CareDesk.Application.Retention;
using CareDesk.Domain.Retention;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record SetRetentionPeriodRequest(int Years, string? Reason);

public static class RetentionEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/policies", ListRetentionPolicies);
        group.MapPut("/policies/{recordClass}", SetRetentionPeriod);
    }

    [EndpointSummary("Every record class with its retention period and legal floor (R38).")]
    public static async Task<Ok<IReadOnlyList<RetentionPolicyDto>>> ListRetentionPolicies(ListRetentionPoliciesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Admins: set a record class's retention in years, with a reason; below the legal floor (e.g. MA + 10y for AE cases) is refused (R38).")]
    public static async Task<Ok<RetentionPolicyDto>> SetRetentionPeriod(RecordClass recordClass, SetRetentionPeriodRequest request, SetRetentionPeriodHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SetRetentionPeriodCommand(recordClass, request.Years, request.Reason), cancellationToken));
}
