using CareDesk.Application.Registration;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

/// <summary>Staff side of the brand-hosted registration forms; people fill them in at /forms/{brand}/{form}.</summary>
public static class RegistrationFormsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", List);
        group.MapGet("/{brand}/{form}", Get);
        group.MapPost("", Publish).RequireAuthorization(Policies.ContentManager);
    }

    [EndpointSummary("Every registration form with its current version, address and number of registrations.")]
    public static async Task<Ok<IReadOnlyList<RegistrationFormSummary>>> List(ListRegistrationFormsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("The current version of one form: fields with their conditions, the consent text and its version.")]
    public static async Task<Ok<RegistrationFormDto>> Get(string brand, string form, GetRegistrationFormHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(brand, form, cancellationToken));

    [EndpointSummary("Supervisors: publish a form or a new version of it (static, dynamic or conversational); earlier versions stay for their submissions.")]
    public static async Task<Created<RegistrationFormDto>> Publish(PublishRegistrationFormCommand request, PublishRegistrationFormHandler handler,
        CancellationToken cancellationToken)
    {
        var form = await handler.HandleAsync(request, cancellationToken);
        return TypedResults.Created($"/api/registration-forms/{form.Brand}/{form.Form}", form);
    }
}
