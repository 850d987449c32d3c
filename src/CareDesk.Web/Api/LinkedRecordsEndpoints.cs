using CareDesk.Application.LinkedRecords;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

/// <summary>R14: the records one post produced, and the Quality and Medical Information queues with their cross-references.</summary>
public static class LinkedRecordsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/cases/{number:int}/linked-records", GetLinkedRecords);
        group.MapGet("/queues/{queue}", ListQueue);
    }

    [EndpointSummary("The PV intake, Quality complaint and MI request a case's posts produced, each with its queue and reference.")]
    public static async Task<Ok<LinkedRecordsDto>> GetLinkedRecords(int number, GetLinkedRecordsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new GetLinkedRecordsQuery(number), cancellationToken));

    [EndpointSummary("Open records of a queue ('quality' or 'medical-information'), each with the case's other records as cross-references.")]
    public static async Task<Ok<IReadOnlyList<QueueItemDto>>> ListQueue(string queue, ListQueueHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListQueueQuery(queue), cancellationToken));
}
