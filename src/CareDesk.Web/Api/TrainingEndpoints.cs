using CareDesk.Application.Training;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record RecordTrainingRequest(string? UserName, string? CourseCode, string? CourseVersion, DateOnly? CompletedOn, DateOnly? ExpiresOn);

public sealed record RemoveTrainingRequirementRequest(string? Reason);

public static class TrainingEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/status", ListTrainingStatus);
        group.MapPost("/records", RecordTraining);
        group.MapGet("/requirements", ListRequirements);
        group.MapPost("/requirements", AddRequirement);
        group.MapPost("/requirements/{id:guid}/remove", RemoveRequirement);
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

    [EndpointSummary("Every required course by role and brand (R18).")]
    public static async Task<Ok<IReadOnlyList<TrainingRequirementDto>>> ListRequirements(ListTrainingRequirementsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Admins: require a course of a role, for every brand or one brand's cases only; the training gate enforces it at once (R18).")]
    public static async Task<Created<TrainingRequirementDto>> AddRequirement(AddTrainingRequirementCommand request, AddTrainingRequirementHandler handler,
        CancellationToken cancellationToken)
    {
        var added = await handler.HandleAsync(request, cancellationToken);
        return TypedResults.Created($"/api/training/requirements/{added.Id}", added);
    }

    [EndpointSummary("Admins: drop a required course, with a reason (audited).")]
    public static async Task<NoContent> RemoveRequirement(Guid id, RemoveTrainingRequirementRequest request, RemoveTrainingRequirementHandler handler,
        CancellationToken cancellationToken)
    {
        await handler.HandleAsync(id, request.Reason, cancellationToken);
        return TypedResults.NoContent();
    }
}
