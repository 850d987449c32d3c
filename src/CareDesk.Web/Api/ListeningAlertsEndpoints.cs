using CareDesk.Application.Crisis;
using CareDesk.Application.Listening;
using CareDesk.Domain.Listening.Anomalies;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record AlertRouteRequest(string? Name, int? MinSeverity, ListeningAlertKind? Kind, string? Brand, AlertDelivery? Delivery, string? Target, string? Secret);

/// <summary>Spike, surge and campaign alerts, who hears about them, and the crisis rooms opened from them.</summary>
public static class ListeningAlertsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAlerts);
        group.MapPost("/{id:guid}/acknowledge", Acknowledge);
        group.MapPost("/{id:guid}/crisis-room", OpenCrisisRoom).RequireAuthorization(Policies.ContentManager);
        group.MapGet("/routes", ListRoutes);
        group.MapPost("/routes", CreateRoute).RequireAuthorization(Policies.ContentManager);
    }

    [EndpointSummary("Listening alerts, newest first, and the signed-in user's in-app notifications.")]
    public static async Task<Ok<ListeningAlertsView>> ListAlerts(ListListeningAlertsHandler handler, CancellationToken cancellationToken, int take = 100) =>
        TypedResults.Ok(await handler.HandleAsync(take, cancellationToken));

    [EndpointSummary("Mark an alert as seen; the caller's in-app notifications of it are marked read.")]
    public static async Task<Ok<ListeningAlertDto>> Acknowledge(Guid id, AcknowledgeListeningAlertHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(id, cancellationToken));

    [EndpointSummary("Open (or return the open) crisis room for an alert: its posts, the brand's playbook and a timeline.")]
    public static async Task<Ok<CrisisRoomDto>> OpenCrisisRoom(Guid id, OpenCrisisRoomHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(id, cancellationToken));

    [EndpointSummary("Alert routing rules; webhook secrets are never shown.")]
    public static async Task<Ok<IReadOnlyList<AlertRoutingRuleDto>>> ListRoutes(ListAlertRoutingRulesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Route alerts of a minimum severity (optionally one kind, one brand) to an e-mail address, a signed webhook or a user's in-app inbox.")]
    public static async Task<Created<AlertRoutingRuleDto>> CreateRoute(AlertRouteRequest request, CreateAlertRoutingRuleHandler handler, CancellationToken cancellationToken)
    {
        var rule = await handler.HandleAsync(new CreateAlertRoutingRuleCommand(request.Name, request.MinSeverity, request.Kind, request.Brand, request.Delivery, request.Target, request.Secret), cancellationToken);
        return TypedResults.Created($"/api/listening/alerts/routes/{rule.Id}", rule);
    }
}
