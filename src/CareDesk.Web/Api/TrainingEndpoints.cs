using CareDesk.Application.Training;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record RecordTrainingRequest(string? UserName, string? CourseCode, string? CourseVersion, DateOnly? CompletedOn, DateOnly? ExpiresOn);

public static class TrainingEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/status", ListTrainingStatus);
        group.MapPost("/records", RecordTraining);
    }

    [EndpointSummary("Supervisors and admins: every active user's required courses, who has lapsed and who lapses within 30 days (R18).")]
    public static async Task<Ok<IReadOnlyList<TrainingStatusDto>>> ListTrainingStatus(ListTrainingStatusHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListTrainingStatusQuery(), cancellationToken));

    [EndpointSummary("Admins: record a completed course for a user; restores triage, reply and approval access when it makes the user current (R18).")]
    public static async Task<Created<RecordTrainingResult>> RecordTraining(RecordTrainingRequest request, RecordTrainingHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(
            new RecordTrainingCommand(request.UserName, request.CourseCode, request.CourseVersion, request.CompletedOn, request.ExpiresOn), cancellationToken);
        return TypedResults.Created($"/api/training/records/{result.RecordId}", result);
    }
}
