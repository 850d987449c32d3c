using CareDesk.Application.Common;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record SpecialSituationsRequest(IReadOnlyList<SpecialSituation>? Situations, bool HasAdverseEvent, string? Reason);

public sealed record PatientAndReactionsRequest(PatientSex? Sex, int? AgeYears, PatientAgeGroup? AgeGroup, IReadOnlyList<Reaction>? AdditionalReactions, string? Reason);

/// <summary>Special situations on the PV intake and their aggregate review (R6); patient and further reactions for the E2B export (R9).</summary>
public static class SpecialSituationsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPut("/cases/{number:int}/pv/special-situations", RecordSpecialSituations);
        group.MapPut("/cases/{number:int}/pv/patient", RecordPatientAndReactions);
        group.MapGet("/pv/aggregate-review", AggregateReview);
    }

    [EndpointSummary("PV confirms or edits the special-situation flags and whether an AE is reported; a pregnancy exposure opens a 'pregnancy outcome' follow-up task. Audited.")]
    public static async Task<Ok<PvIntakeSummary>> RecordSpecialSituations(int number, SpecialSituationsRequest request, RecordSpecialSituationsHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(
            new RecordSpecialSituationsCommand(number, request.Situations ?? [], request.HasAdverseEvent, request.Reason), cancellationToken));

    [EndpointSummary("PV records the patient's sex, age and age group and any reaction beyond the first, each with its seriousness (E2B D.5, D.2.2, D.2.3, E.i). Audited.")]
    public static async Task<NoContent> RecordPatientAndReactions(int number, PatientAndReactionsRequest request, RecordPatientAndReactionsHandler handler,
        CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new RecordPatientAndReactionsCommand(number, request.Sex, request.AgeYears, request.AgeGroup,
            request.AdditionalReactions ?? [], request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Aggregate review (R6): special situations without an adverse event received in [from, to), tagged non-ICSR for PSUR review; format=json|csv.")]
    public static async Task<IResult> AggregateReview(GetAggregateReviewHandler handler, CancellationToken cancellationToken,
        string format = "json", DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var rows = await handler.HandleAsync(new GetAggregateReviewQuery(from, to), cancellationToken);
        return format switch
        {
            "json" => TypedResults.Ok(rows),
            "csv" => TypedResults.Text(GetAggregateReviewHandler.ToCsv(rows), "text/csv; charset=utf-8"),
            _ => throw ValidationFailedException.For("format", "Use json or csv."),
        };
    }
}
