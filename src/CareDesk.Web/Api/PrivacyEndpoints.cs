using CareDesk.Application.Privacy;
using CareDesk.Domain.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record SubjectRequest(string? Subject, PrivacyRegime Regime = PrivacyRegime.Gdpr);

public sealed record ExtensionRequest(string? Reason, DateTimeOffset? ToldAt);

public static class PrivacyEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/consents", Capture);
        group.MapPost("/consents/{id:guid}/withdrawal", Withdraw);
        group.MapGet("/subjects", Find);
        group.MapPost("/subject-requests/access", Export);
        group.MapPost("/subject-requests/erasure", Erase);
        group.MapGet("/subject-requests", ListRequests);
        group.MapPost("/subject-requests", OpenRequest);
        group.MapPost("/subject-requests/{id:guid}/extension", ExtendRequest);
        group.MapPost("/subject-requests/rectification", Rectify);
        group.MapPost("/subject-requests/restriction", Restrict);
        group.MapGet("/processing-activities", ProcessingActivities);
        group.MapPost("/marketing-audience", MarketingAudience);
    }

    [EndpointSummary("Record one consent answer (R41): exact text and version, purpose, scope, channel, source; declining private contact withholds the reporter's contact from PV intakes.")]
    public static async Task<Created<ConsentRecordDto>> Capture(CaptureConsentCommand request, CaptureConsentHandler handler, CancellationToken cancellationToken)
    {
        var record = await handler.HandleAsync(request, cancellationToken);
        return TypedResults.Created($"/api/privacy/consents/{record.Id}", record);
    }

    [EndpointSummary("Withdraw a consent at once, no reason needed; withdrawing private contact cancels open PV follow-up tasks.")]
    public static async Task<Ok<WithdrawConsentResult>> Withdraw(Guid id, WithdrawConsentHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new WithdrawConsentCommand(id), cancellationToken));

    [EndpointSummary("Supervisors: everything held about a person, by handle, e-mail or name (R42).")]
    public static async Task<Ok<SubjectDataDto>> Find(string? subject, FindSubjectDataHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new FindSubjectDataQuery(subject), cancellationToken));

    [EndpointSummary("Supervisors: an access request; the export as JSON and as readable text, logged with its due date (R42).")]
    public static async Task<Ok<SubjectDataExport>> Export(SubjectRequest request, ExportSubjectDataHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ExportSubjectDataCommand(request.Subject, request.Regime), cancellationToken));

    [EndpointSummary("Supervisors: an erasure request; care and marketing data erased, AE cases retained under Art 17(3)(b)/(c), with the item log and response letter (R42).")]
    public static async Task<Ok<DataSubjectRequestDto>> Erase(SubjectRequest request, EraseSubjectDataHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new EraseSubjectDataCommand(request.Subject, request.Regime), cancellationToken));

    [EndpointSummary("Supervisors: the data-subject requests, open ones first by due date (R42).")]
    public static async Task<Ok<IReadOnlyList<DataSubjectRequestDto>>> ListRequests(ListDataSubjectRequestsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Supervisors: log a data-subject request on receipt; its due date (GDPR 30 days, CCPA 45) is tracked from receivedAt (R42).")]
    public static async Task<Created<DataSubjectRequestDto>> OpenRequest(OpenDataSubjectRequestCommand command, OpenDataSubjectRequestHandler handler, CancellationToken cancellationToken)
    {
        var request = await handler.HandleAsync(command, cancellationToken);
        return TypedResults.Created($"/api/privacy/subject-requests/{request.Id}", request);
    }

    [EndpointSummary("Supervisors: extend an open request once (GDPR +2 months, CCPA +45 days) with a reason and the date the person was told, within the first deadline; audited (R42).")]
    public static async Task<Ok<DataSubjectRequestDto>> ExtendRequest(Guid id, ExtensionRequest request, ExtendDataSubjectRequestHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ExtendDataSubjectRequestCommand(id, request.Reason, request.ToldAt), cancellationToken));

    [EndpointSummary("Supervisors: decide a rectification request (Art 16) with a reason; granted, the correction is added to each of the person's cases as a supplementary statement (R42).")]
    public static async Task<Ok<DataSubjectRequestDto>> Rectify(RectifySubjectDataCommand command, RectifySubjectDataHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(command, cancellationToken));

    [EndpointSummary("Supervisors: decide a restriction request (Art 18) with a reason; granted, the person's posts leave listening analytics while PV records stay (R42).")]
    public static async Task<Ok<DataSubjectRequestDto>> Restrict(RestrictSubjectProcessingCommand command, RestrictSubjectProcessingHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(command, cancellationToken));

    [EndpointSummary("The Art 30-style record of processing activities: each purpose with its lawful basis and Art 9 condition (R40).")]
    public static Ok<IReadOnlyList<ProcessingActivity>> ProcessingActivities(GetProcessingActivityReportHandler handler) => TypedResults.Ok(handler.Handle());

    [EndpointSummary("Supervisors: the marketing audience of some cases' authors; refused for PV data and for authors without marketing consent (R40).")]
    public static async Task<Ok<IReadOnlyList<MarketingAudienceMember>>> MarketingAudience(ExportMarketingAudienceCommand request,
        ExportMarketingAudienceHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(request, cancellationToken));
}
