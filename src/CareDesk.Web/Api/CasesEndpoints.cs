using CareDesk.Application.Cases;
using CareDesk.Application.Printing;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Triage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record AssignRequest(string? Assignee, string? Team);

public sealed record StatusRequest(CaseStatus Status, string? Reason);

public sealed record NoteRequest(string? Text);

public sealed record ReplyRequest(Guid? TemplateId, Dictionary<string, string>? Variables, bool ResolveAfterSending = false, string? ProposedText = null);

public sealed record EscalationRequest(EscalationTarget Target, string? Note);

public sealed record ProductComplaintRequest(
    string? Product, string? Strength, string? LotNumber, DateOnly? ExpiryDate, bool PossibleFieldAlert, string? Complainant, string? ContactRoute, string? Description);

public sealed record MedicalInquiryRequest(bool IsSolicited, string? Note);

public sealed record LegalHoldRequest(bool Hold, string? Reason);

public sealed record EraseRequest(string? Reason);

public static class CasesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListCases);
        group.MapGet("/{number:int}", GetCase);
        group.MapGet("/{number:int}/record.pdf", PrintCaseRecord);
        group.MapPost("/{number:int}/assignment", AssignCase);
        group.MapPost("/{number:int}/status", ChangeCaseStatus);
        group.MapPost("/{number:int}/notes", AddCaseNote);
        group.MapPost("/{number:int}/replies", SendTemplateReply);
        group.MapPost("/{number:int}/escalations", EscalateCase);
        group.MapPost("/{number:int}/product-complaint", RecordProductComplaint);
        group.MapPost("/{number:int}/medical-inquiry", RouteMedicalInquiry).RequireAuthorization(Infrastructure.Policies.MedicalInformation);
        group.MapPost("/{number:int}/legal-hold", SetLegalHold);
        group.MapPost("/{number:int}/erasure", EraseCase);
    }

    [EndpointSummary("Hand a product complaint to Quality with the regulatory minimum (R19); a possible Field Alert starts the 3-working-day clock.")]
    public static async Task<Created<Application.Quality.RecordProductComplaintResult>> RecordProductComplaint(
        int number, ProductComplaintRequest request, Application.Quality.RecordProductComplaintHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/cases/{number}", await handler.HandleAsync(new Application.Quality.RecordProductComplaintCommand(
            number, request.Product, request.Strength, request.LotNumber, request.ExpiryDate, request.PossibleFieldAlert, request.Complainant, request.ContactRoute, request.Description),
            cancellationToken));

    [EndpointSummary("Route a medical inquiry to Medical Information with its own response clock (R20); a solicited request carries a warning.")]
    public static async Task<Created<Application.MedicalInformation.RouteMedicalInquiryResult>> RouteMedicalInquiry(
        int number, MedicalInquiryRequest request, Application.MedicalInformation.RouteMedicalInquiryHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/cases/{number}", await handler.HandleAsync(
            new Application.MedicalInformation.RouteMedicalInquiryCommand(number, request.IsSolicited, request.Note), cancellationToken));

    [EndpointSummary("Place or release a legal hold (supervisors and admins); the reason is required and audited.")]
    public static async Task<NoContent> SetLegalHold(int number, LegalHoldRequest request, Application.Retention.SetLegalHoldHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new Application.Retention.SetLegalHoldCommand(number, request.Hold, request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Erase the personal data of a case (supervisors and admins); refused, and the refusal audited, for adverse-event records and held cases.")]
    public static async Task<NoContent> EraseCase(int number, EraseRequest request, Application.Retention.EraseCaseHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new Application.Retention.EraseCaseCommand(number, request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("The agent queue, soonest SLA due first. Filters: status, label (snake_case), channel key, assignee.")]
    public static async Task<Ok<IReadOnlyList<CaseSummaryDto>>> ListCases(ListCasesHandler handler, CancellationToken cancellationToken,
        CaseStatus? status = null, string? label = null, string? channel = null, string? assignee = null, bool includeResolved = false)
    {
        TriageLabel? parsed = null;
        if (!string.IsNullOrWhiteSpace(label))
        {
            parsed = TriageLabelNames.TryParse(label, out var value) ? value
                : throw Application.Common.ValidationFailedException.For("label", $"Unknown label '{label}'. Known: {string.Join(", ", TriageLabelNames.All)}.");
        }

        return TypedResults.Ok(await handler.HandleAsync(new ListCasesQuery(status, parsed, channel, assignee, includeResolved), cancellationToken));
    }

    [EndpointSummary("One case with its thread, clocks, replies, notes and history.")]
    public static async Task<Ok<CaseDetailsDto>> GetCase(int number, GetCaseDetailsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new GetCaseDetailsQuery(number), cancellationToken));

    [EndpointSummary("The case record for inspectors as a PDF: every field, source posts, replies, notes, signatures and the full audit trail (R30); timeZone sets the local-time column.")]
    public static async Task<FileContentHttpResult> PrintCaseRecord(int number, PrintCaseRecordHandler handler, CancellationToken cancellationToken, string? timeZone = null)
    {
        var file = await handler.HandleAsync(new PrintCaseRecordQuery(number, timeZone), cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    [EndpointSummary("Assign the case to a user and/or team (empty clears).")]
    public static async Task<NoContent> AssignCase(int number, AssignRequest request, AssignCaseHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new AssignCaseCommand(number, request.Assignee, request.Team), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Set the status to open, waiting (pauses the response clock) or resolved.")]
    public static async Task<NoContent> ChangeCaseStatus(int number, StatusRequest request, ChangeCaseStatusHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new ChangeCaseStatusCommand(number, request.Status, request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Add an internal note.")]
    public static async Task<Created> AddCaseNote(int number, NoteRequest request, AddCaseNoteHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new AddCaseNoteCommand(number, request.Text), cancellationToken);
        return TypedResults.Created($"/api/cases/{number}");
    }

    [EndpointSummary("Reply with an approved template, filling only its declared variables. 201 when sent; 202 with the approval request when edited text, an expired template, a risky author or an AE case needs approval first.")]
    public static async Task<Results<Created<SendTemplateReplyResult>, Accepted<SendTemplateReplyResult>>> SendTemplateReply(
        int number, ReplyRequest request, SendTemplateReplyHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(
            new SendTemplateReplyCommand(number, request.TemplateId, request.Variables, request.ResolveAfterSending, request.ProposedText), cancellationToken);
        return result.AwaitsApproval
            ? TypedResults.Accepted($"/api/approvals/{result.ApprovalRequestId}", result)
            : TypedResults.Created($"/api/cases/{number}", result);
    }

    [EndpointSummary("Hand the case to pharmacovigilance, quality or medical information.")]
    public static async Task<NoContent> EscalateCase(int number, EscalationRequest request, EscalateCaseHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new EscalateCaseCommand(number, request.Target, request.Note), cancellationToken);
        return TypedResults.NoContent();
    }
}
