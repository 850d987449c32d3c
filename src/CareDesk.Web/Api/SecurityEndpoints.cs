using CareDesk.Application.Security;
using CareDesk.Application.Security.Incidents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record CompleteIncidentStepRequest(string? Step, string? Note);

public sealed record CloseSecurityIncidentRequest(string? Summary);

public static class SecurityEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/configuration", GetSecurityConfiguration);
        group.MapPut("/hipaa", SetHipaaDetermination);
        group.MapGet("/case-access", ListCaseAccess);
        group.MapGet("/incidents", ListSecurityIncidents);
        group.MapPost("/incidents", RaiseSecurityIncident);
        group.MapPost("/incidents/{number:int}/steps", CompleteIncidentStep);
        group.MapPost("/incidents/{number:int}/close", CloseSecurityIncident);
    }

    [EndpointSummary("Supervisors: what is configured for encryption in transit (HTTPS endpoints, TLS 1.2+ floor, HSTS) and at rest (database, declared volume encryption), and the HIPAA determinations (R39).")]
    public static async Task<Ok<SecurityConfigurationReport>> GetSecurityConfiguration(InspectSecurityConfigurationHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Admins: record whether a channel or programme makes the customer a HIPAA covered entity or business associate, with the reason (R39).")]
    public static async Task<Ok<HipaaDeterminationDto>> SetHipaaDetermination(SetHipaaDeterminationCommand request, SetHipaaDeterminationHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(request, cancellationToken));

    [EndpointSummary("Supervisors: who read which case when, newest first, by case number, user and period (R39).")]
    public static async Task<Ok<IReadOnlyList<CaseAccessDto>>> ListCaseAccess(ListCaseAccessHandler handler, CancellationToken cancellationToken, int? caseNumber = null,
        string? user = null, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        TypedResults.Ok(await handler.HandleAsync(new ListCaseAccessQuery(caseNumber, user, from, to), cancellationToken));

    [EndpointSummary("Supervisors: the security incident register, newest first, with the 72-hour notification due time and overdue flag (R45).")]
    public static async Task<Ok<IReadOnlyList<SecurityIncidentDto>>> ListSecurityIncidents(ListSecurityIncidentsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Supervisors: raise an incident; affected records come from the audit trail's export events (exportSequence, or exportedBy with exportedFrom/exportedTo) (R45).")]
    public static async Task<Created<SecurityIncidentDto>> RaiseSecurityIncident(RaiseSecurityIncidentCommand request, RaiseSecurityIncidentHandler handler,
        CancellationToken cancellationToken)
    {
        var incident = await handler.HandleAsync(request, cancellationToken);
        return TypedResults.Created($"/api/security/incidents/{incident.Number}", incident);
    }

    [EndpointSummary("Supervisors: mark a notification step done (e.g. the supervisory authority notified), with a note such as its reference (R45).")]
    public static async Task<Ok<SecurityIncidentDto>> CompleteIncidentStep(int number, CompleteIncidentStepRequest request, CompleteIncidentStepHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new CompleteIncidentStepCommand(number, request.Step, request.Note), cancellationToken));

    [EndpointSummary("Supervisors: close an incident once every notification step is done, with a summary of what was found and done (R45).")]
    public static async Task<Ok<SecurityIncidentDto>> CloseSecurityIncident(int number, CloseSecurityIncidentRequest request, CloseSecurityIncidentHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new CloseSecurityIncidentCommand(number, request.Summary), cancellationToken));
}
