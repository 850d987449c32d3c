using CareDesk.Application.Templates;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public static class TemplatesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListTemplates);
        group.MapPost("/", CreateApprovedTemplate).RequireAuthorization(Policies.ContentManager);
    }

    [EndpointSummary("Approved, unexpired templates; with caseNumber, only those usable on that case's channel, best-matching labels first.")]
    public static async Task<Ok<IReadOnlyList<TemplateDto>>> ListTemplates(ListTemplatesHandler handler, CancellationToken cancellationToken, int? caseNumber = null) =>
        TypedResults.Ok(await handler.HandleAsync(new ListTemplatesQuery(caseNumber), cancellationToken));

    [EndpointSummary("Register a template already approved by MLR (supervisors and admins).")]
    public static async Task<Created<TemplateDto>> CreateApprovedTemplate(CreateApprovedTemplateCommand command, CreateApprovedTemplateHandler handler, CancellationToken cancellationToken)
    {
        var template = await handler.HandleAsync(command, cancellationToken);
        return TypedResults.Created($"/api/templates/{template.Id}", template);
    }
}
