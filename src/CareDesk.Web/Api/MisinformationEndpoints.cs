using CareDesk.Application.Misinformation;
using CareDesk.Domain.Misinformation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

/// <summary>Misinformation corrections (R26), a workflow apart from customer care, and their record export.</summary>
public static class MisinformationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List);
        group.MapGet("/export", Export);
        group.MapPost("/", Start);
        group.MapPost("/{id:guid}/correction", SelectCorrection);
        group.MapPost("/{id:guid}/items/{number:int}/rationale", DocumentRationale);
        group.MapPost("/{id:guid}/attestation", Attest);
        group.MapPost("/{id:guid}/delivery", RecordDelivery);
        group.MapPost("/{id:guid}/site-owner-outcome", RecordSiteOwnerOutcome);
    }

    public sealed record SelectCorrectionRequest(Guid? TemplateId, IReadOnlyDictionary<string, string>? Variables, IReadOnlyList<int>? AddressedItems);

    public sealed record RationaleRequest(string? Rationale);

    public sealed record DeliveryRequest(CorrectionDelivery? Delivery, DateTimeOffset? At = null);

    public sealed record SiteOwnerOutcomeRequest(bool Acted);

    [EndpointSummary("Every misinformation correction, newest find first.")]
    public static async Task<Ok<IReadOnlyList<MisinformationCorrectionDto>>> List(ListMisinformationCorrectionsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("The R26 record set as CSV: misinformation text and location, date found, correction text, date posted or sent, whether the site owner acted.")]
    public static async Task<FileContentHttpResult> Export(ExportMisinformationRecordsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await handler.HandleAsync(cancellationToken)), "text/csv; charset=utf-8", "misinformation-corrections.csv");

    [EndpointSummary("Opens a correction with the misinformation's snapshot and URL and each false statement, positive and negative.")]
    public static async Task<Created<MisinformationCorrectionDto>> Start(StartMisinformationCorrectionHandler handler, StartMisinformationCorrectionCommand request, CancellationToken cancellationToken)
    {
        var correction = await handler.HandleAsync(request, cancellationToken);
        return TypedResults.Created($"/api/misinformation/{correction.Id}", correction);
    }

    [EndpointSummary("Picks the MLR-approved, non-promotional correction and the items it addresses; adds the affiliation line and PI link.")]
    public static async Task<Ok<MisinformationCorrectionDto>> SelectCorrection(SelectMisinformationCorrectionHandler handler, Guid id, SelectCorrectionRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SelectMisinformationCorrectionCommand(id, request.TemplateId, request.Variables, request.AddressedItems), cancellationToken));

    [EndpointSummary("Documents why one item is left uncorrected.")]
    public static async Task<Ok<MisinformationCorrectionDto>> DocumentRationale(DocumentMisinformationRationaleHandler handler, Guid id, int number, RationaleRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new DocumentMisinformationRationaleCommand(id, number, request.Rationale), cancellationToken));

    [EndpointSummary("Attests that all misinformation in the defined portion is addressed; 422 while an item has neither a correction nor a rationale.")]
    public static async Task<Ok<MisinformationCorrectionDto>> Attest(AttestMisinformationCorrectionHandler handler, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(id, cancellationToken));

    [EndpointSummary("Records that the attested correction was posted in the forum or sent to the site owner.")]
    public static async Task<Ok<MisinformationCorrectionDto>> RecordDelivery(RecordCorrectionDeliveryHandler handler, Guid id, DeliveryRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new RecordCorrectionDeliveryCommand(id, request.Delivery, request.At), cancellationToken));

    [EndpointSummary("Records whether the site owner acted on the correction.")]
    public static async Task<Ok<MisinformationCorrectionDto>> RecordSiteOwnerOutcome(RecordSiteOwnerOutcomeHandler handler, Guid id, SiteOwnerOutcomeRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new RecordSiteOwnerOutcomeCommand(id, request.Acted), cancellationToken));
}
