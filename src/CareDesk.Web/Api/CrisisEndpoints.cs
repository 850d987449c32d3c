using CareDesk.Application.Crisis;
using CareDesk.Domain.Listening.Crisis;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record CrisisActionRequest(CrisisActionKind? Kind, string? Text, Guid? TemplateId);

public sealed record CrisisPlaybookRequest(IReadOnlyList<RosterMember>? Roster, string? Guidance);

/// <summary>Crisis rooms (posts, playbook, audited timeline) and each brand's crisis playbook.</summary>
public static class CrisisEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/crisis-rooms", ListRooms);
        group.MapGet("/crisis-rooms/{number:int}", GetRoom);
        group.MapPost("/crisis-rooms/{number:int}/actions", RecordAction);
        group.MapPut("/crisis-playbooks/{brand}", SavePlaybook).RequireAuthorization(Policies.ContentManager);
    }

    [EndpointSummary("Crisis rooms, newest first.")]
    public static async Task<Ok<IReadOnlyList<CrisisRoomSummaryDto>>> ListRooms(ListCrisisRoomsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("One crisis room: the alert, its posts, the brand's playbook (approved holding statements, roster) and the timeline.")]
    public static async Task<Ok<CrisisRoomDto>> GetRoom(int number, GetCrisisRoomHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.ByNumberAsync(number, cancellationToken));

    [EndpointSummary("Add to a room's timeline: a note, a holding statement used (templateId required), an escalation, or closing it (supervisors).")]
    public static async Task<Ok<CrisisRoomDto>> RecordAction(int number, CrisisActionRequest request, RecordCrisisActionHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new RecordCrisisActionCommand(number, request.Kind, request.Text, request.TemplateId), cancellationToken));

    [EndpointSummary("Set a brand's escalation roster and guidance; holding statements are its approved Crisis-category templates.")]
    public static async Task<Ok<CrisisPlaybookDto>> SavePlaybook(string brand, CrisisPlaybookRequest request, SaveCrisisPlaybookHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SaveCrisisPlaybookCommand(brand, request.Roster, request.Guidance), cancellationToken));
}
