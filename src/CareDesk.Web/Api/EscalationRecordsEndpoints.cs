using CareDesk.Application.MedicalInformation;
using CareDesk.Application.Quality;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record ComplaintClosureRequest(string? LotNumber, string? LotUnavailableReason, string? Reason);

public sealed record MedicalInformationResponseRequest(string? AnswerReference, DateTimeOffset? SentAt);

/// <summary>The records that escalation creates: Quality complaints (R19) and Medical Information requests (R20).</summary>
public static class EscalationRecordsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/product-complaints/{id:guid}/closure", CloseProductComplaint);
        group.MapPost("/medical-information/{id:guid}/response", RecordMedicalInformationResponse).RequireAuthorization(Infrastructure.Policies.MedicalInformation);
    }

    [EndpointSummary("QA closes a complaint; needs a lot number or a documented reason why none could be had. Stops the Field Alert clock.")]
    public static async Task<NoContent> CloseProductComplaint(Guid id, ComplaintClosureRequest request, CloseProductComplaintHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new CloseProductComplaintCommand(id, request.LotNumber, request.LotUnavailableReason, request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Complete an MI response package: answer reference (template id/version or SRD), responder and sent date; stops the MI clock.")]
    public static async Task<NoContent> RecordMedicalInformationResponse(
        Guid id, MedicalInformationResponseRequest request, RecordMedicalInformationResponseHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new RecordMedicalInformationResponseCommand(id, request.AnswerReference, request.SentAt), cancellationToken);
        return TypedResults.NoContent();
    }
}
