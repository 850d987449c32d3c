using CareDesk.Application.Calendars;
using CareDesk.Application.Channels;
using CareDesk.Application.Sla;
using CareDesk.Application.Users;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record CalendarRequest(string? Name, string? TimeZoneId, TimeSpan? OpensAt, TimeSpan? ClosesAt, IReadOnlyList<DayOfWeek>? WorkingDays, IReadOnlyList<DateOnly>? Holidays);

public static class SetupEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/channels", ListChannels);
        group.MapPost("/channels", RegisterChannel).RequireAuthorization(Policies.ContentManager);
        group.MapGet("/calendars", ListCalendars);
        group.MapPut("/calendars/{code}", SaveCalendar).RequireAuthorization(Policies.ContentManager);
        group.MapGet("/users", ListUsers);
        group.MapGet("/sla-alerts", ListSlaAlerts);
    }

    [EndpointSummary("Owned channels posts can arrive on.")]
    public static async Task<Ok<IReadOnlyList<ChannelDto>>> ListChannels(ListChannelsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Register an owned channel (supervisors and admins).")]
    public static async Task<Created<ChannelDto>> RegisterChannel(RegisterChannelCommand command, RegisterChannelHandler handler, CancellationToken cancellationToken)
    {
        var channel = await handler.HandleAsync(command, cancellationToken);
        return TypedResults.Created($"/api/channels/{channel.Key}", channel);
    }

    [EndpointSummary("Business calendars (markets) SLA clocks run on.")]
    public static async Task<Ok<IReadOnlyList<CalendarDto>>> ListCalendars(ListCalendarsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Create or update a business calendar: IANA time zone, opening hours, working days, holidays.")]
    public static async Task<Ok<CalendarDto>> SaveCalendar(string code, CalendarRequest request, SaveCalendarHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SaveCalendarCommand(code, request.Name, request.TimeZoneId, request.OpensAt, request.ClosesAt, request.WorkingDays, request.Holidays), cancellationToken));

    [EndpointSummary("Active users, for assignment.")]
    public static async Task<Ok<IReadOnlyList<AuthenticatedUser>>> ListUsers(ListUsersHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Latest SLA warnings and breaches.")]
    public static async Task<Ok<IReadOnlyList<SlaAlertDto>>> ListSlaAlerts(ListSlaAlertsHandler handler, CancellationToken cancellationToken, int take = 100) =>
        TypedResults.Ok(await handler.HandleAsync(take, cancellationToken));
}
