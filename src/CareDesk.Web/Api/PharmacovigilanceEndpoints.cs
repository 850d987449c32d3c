using CareDesk.Application.Common;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record CorrectDay0Request(DateTimeOffset? MinimumCriteriaMetAt, string? Reason);

public sealed record FollowUpAttemptRequest(FollowUpChannel Channel, string? TemplateJobCode, int? TemplateVersion, string? Outcome);

public sealed record CloseInvalidRequest(string? Reason, string? Exception);

public sealed record DuplicateLinkRequest(int OriginalCaseNumber, string? Reason);

public static class PharmacovigilanceEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/cases/{number:int}/pv", GetIntake);
        group.MapPatch("/cases/{number:int}/pv", RefuseEdit);
        group.MapPut("/cases/{number:int}/pv/review", Review);
        group.MapPost("/cases/{number:int}/pv/day0-correction", CorrectDay0);
        group.MapPost("/cases/{number:int}/pv/handoff", HandOff);
        group.MapGet("/cases/{number:int}/pv/e2b", ExportE2b);
        group.MapPost("/cases/{number:int}/pv/follow-ups", RecordFollowUp);
        group.MapPost("/cases/{number:int}/pv/close-invalid", CloseInvalid);
        group.MapGet("/cases/{number:int}/pv/duplicates", FindDuplicates);
        group.MapPost("/cases/{number:int}/pv/duplicate-link", LinkDuplicate);
        group.MapPost("/pv/acknowledgements", ImportAcknowledgement).Accepts<string>("application/xml");
        group.MapGet("/pv/reconciliation", Reconciliation);
    }

    [EndpointSummary("The PV intake of an adverse-event case: awareness timestamps, Day 0 and due date, criteria with evidence, seriousness, follow-ups, hand-off and acknowledgement. Opens the intake on first call.")]
    public static async Task<Ok<PvIntakeDto>> GetIntake(int number, GetPvIntakeHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new GetPvIntakeQuery(number), cancellationToken));

    [EndpointSummary("Always 403: awareness timestamps are never edited; Day 0 changes only through the audited correction.")]
    public static IResult RefuseEdit(int number) =>
        throw new ForbiddenException($"Awareness timestamps of case {number} cannot be edited; use POST /api/cases/{number}/pv/day0-correction with a reason.");

    [EndpointSummary("Confirm the four minimum criteria with their evidence, seriousness, reporter qualification and country, report type and causality.")]
    public static async Task<NoContent> Review(int number, PvReview request, ReviewPvIntakeHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new ReviewPvIntakeCommand(number, request), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Supervisors: correct Day 0 with a reason; the original value stays visible and the audit trail keeps both.")]
    public static async Task<NoContent> CorrectDay0(int number, CorrectDay0Request request, CorrectDay0Handler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new CorrectDay0Command(number, request.MinimumCriteriaMetAt, request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Send the valid ICSR to PV as E2B(R3) XML and escalate the case to pharmacovigilance.")]
    public static async Task<Created<HandOffToPvResult>> HandOff(int number, HandOffToPvHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/cases/{number}/pv/e2b", await handler.HandleAsync(new HandOffToPvCommand(number), cancellationToken));

    [EndpointSummary("Download the E2B(R3) ICSR: the message as sent, or a draft before the hand-off.")]
    public static async Task<FileContentHttpResult> ExportE2b(int number, ExportIcsrHandler handler, CancellationToken cancellationToken)
    {
        var file = await handler.HandleAsync(new ExportIcsrQuery(number), cancellationToken);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(file.Xml), "application/xml", file.FileName);
    }

    [EndpointSummary("Document a follow-up attempt made through a private channel (DM, e-mail, phone).")]
    public static async Task<Created<FollowUpTask>> RecordFollowUp(int number, FollowUpAttemptRequest request, RecordFollowUpAttemptHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/cases/{number}/pv", await handler.HandleAsync(
            new RecordFollowUpAttemptCommand(number, request.Channel, request.TemplateJobCode, request.TemplateVersion, request.Outcome), cancellationToken));

    [EndpointSummary("Close an incomplete report as invalid once every follow-up attempt is logged or an exception (e.g. account blocked) is given.")]
    public static async Task<NoContent> CloseInvalid(int number, CloseInvalidRequest request, CloseAsInvalidHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new CloseAsInvalidCommand(number, request.Reason, request.Exception), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Other adverse-event cases that may report the same event: same author handle or near-identical text.")]
    public static async Task<Ok<IReadOnlyList<DuplicateCandidateDto>>> FindDuplicates(int number, FindDuplicateCandidatesHandler handler,
        CancellationToken cancellationToken, int windowDays = 30) =>
        TypedResults.Ok(await handler.HandleAsync(new FindDuplicateCandidatesQuery(number, windowDays), cancellationToken));

    [EndpointSummary("Confirm that this case reports the same event as an earlier case; its ICSR then references the original.")]
    public static async Task<NoContent> LinkDuplicate(int number, DuplicateLinkRequest request, LinkDuplicateCaseHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new LinkDuplicateCaseCommand(number, request.OriginalCaseNumber, request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Import an E2B(R3) acknowledgement (MCCI_IN200101UV01 XML body) and record accepted/rejected per ICSR message.")]
    public static async Task<Ok<ImportPvAcknowledgementResult>> ImportAcknowledgement(HttpRequest request, ImportPvAcknowledgementHandler handler,
        CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var xml = await reader.ReadToEndAsync(cancellationToken);
        return TypedResults.Ok(await handler.HandleAsync(new ImportPvAcknowledgementCommand(xml), cancellationToken));
    }

    [EndpointSummary("Reconciliation: detected adverse events vs forwarded vs acknowledged vs late, for cases opened in [from, to).")]
    public static async Task<Ok<PvReconciliationDto>> Reconciliation(GetPvReconciliationHandler handler, CancellationToken cancellationToken,
        DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        TypedResults.Ok(await handler.HandleAsync(new GetPvReconciliationQuery(from, to), cancellationToken));
}
