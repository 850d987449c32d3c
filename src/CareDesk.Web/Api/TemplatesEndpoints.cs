using CareDesk.Application.Templates;
using CareDesk.Domain.Users;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public static class TemplatesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListTemplates);
        group.MapPost("/", CreateApprovedTemplate).RequireAuthorization(Policies.ContentManager);
        group.MapGet("/library", ListLibrary);
        group.MapGet("/{id:guid}/review", GetReview);
        group.MapGet("/{id:guid}/history", GetHistory);
        group.MapGet("/{id:guid}/diff", Compare);
        group.MapPost("/drafts", CreateDraft).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/{id:guid}/submit", Submit).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/{id:guid}/versions", CreateVersion).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/{id:guid}/withdraw", Withdraw).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/{id:guid}/approve", Approve);
        group.MapPost("/{id:guid}/publish", Publish).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/{id:guid}/reject", Reject);
        group.MapPost("/{id:guid}/recertify", Recertify);
        group.MapGet("/expiry-notices", ListExpiryNotices);
        group.MapPost("/{id:guid}/signatures", AttachSignature);
        group.MapPost("/label-changes", ChangeLabel).RequireAuthorization(Policies.ContentManager);
    }

    public sealed record SignRequest(ReviewerRole? Role, string? Password, string? UserName = null);

    public sealed record RejectRequest(ReviewerRole? Role, string? Password, string? Comment, string? UserName = null);

    public sealed record WithdrawRequest(string? Reason);

    public sealed record AttachSignatureRequest(Guid SignatureId);

    [EndpointSummary("Approved, unexpired templates; with caseNumber, only those usable on that case's channel and market, best-matching labels first.")]
    public static async Task<Ok<IReadOnlyList<TemplateDto>>> ListTemplates(ListTemplatesHandler handler, CancellationToken cancellationToken, int? caseNumber = null) =>
        TypedResults.Ok(await handler.HandleAsync(new ListTemplatesQuery(caseNumber), cancellationToken));

    [EndpointSummary("Register a template already approved by MLR outside CareDesk (supervisors and admins).")]
    public static async Task<Created<TemplateDto>> CreateApprovedTemplate(CreateApprovedTemplateCommand command, CreateApprovedTemplateHandler handler, CancellationToken cancellationToken)
    {
        var template = await handler.HandleAsync(command, cancellationToken);
        return TypedResults.Created($"/api/templates/{template.Id}", template);
    }

    [EndpointSummary("Every template version in every lifecycle state, with expiryWarning/expiresInDays 30 days ahead; expiringOnly=true lists only those.")]
    public static async Task<Ok<IReadOnlyList<TemplateDto>>> ListLibrary(ListTemplateLibraryHandler handler, CancellationToken cancellationToken, bool expiringOnly = false) =>
        TypedResults.Ok(await handler.HandleAsync(new ListTemplateLibraryQuery(expiringOnly), cancellationToken));

    [EndpointSummary("A version as reviewers see it: rendered per allowed channel with character counts and limits, and its e-signatures, each re-verified.")]
    public static async Task<Ok<TemplateReviewDto>> GetReview(Guid id, GetTemplateReviewHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(id, cancellationToken));

    [EndpointSummary("Every version of this template, oldest first, with state and approval record (R48).")]
    public static async Task<Ok<IReadOnlyList<TemplateVersionDto>>> GetHistory(Guid id, GetTemplateHistoryHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(id, cancellationToken));

    [EndpointSummary("Word-level difference between the bodies of this version and another version of the same template (R48).")]
    public static async Task<Ok<TemplateComparisonDto>> Compare(Guid id, Guid against, GetTemplateHistoryHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.CompareAsync(id, against, cancellationToken));

    [EndpointSummary("Start a template as a draft (authors: supervisors and admins). Expiry defaults to 24 months after the effective date.")]
    public static async Task<Created<TemplateDto>> CreateDraft(TemplateContentInput input, CreateTemplateDraftHandler handler, CancellationToken cancellationToken)
    {
        var template = await handler.HandleAsync(input, cancellationToken);
        return TypedResults.Created($"/api/templates/{template.Id}/review", template);
    }

    [EndpointSummary("Re-use an existing signature on this version: 200 only if it was executed on exactly this version and content; 409 for a signature of another record or version (R32).")]
    public static async Task<Ok<SignatureDto>> AttachSignature(Guid id, AttachSignatureRequest request, AttachTemplateSignatureHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new AttachTemplateSignatureCommand(id, request.SignatureId), cancellationToken));

    [EndpointSummary("Draft → in MLR review.")]
    public static async Task<Ok<TemplateDto>> Submit(Guid id, SubmitTemplateForReviewHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(id, cancellationToken));

    [EndpointSummary("A change to a template: a new version in draft, unsigned; omitted fields keep their previous values.")]
    public static async Task<Created<TemplateDto>> CreateVersion(Guid id, TemplateContentInput changes, CreateTemplateVersionHandler handler, CancellationToken cancellationToken)
    {
        var template = await handler.HandleAsync(new CreateTemplateVersionCommand(id, changes), cancellationToken);
        return TypedResults.Created($"/api/templates/{template.Id}/review", template);
    }

    [EndpointSummary("Withdraw a version with a reason; it can no longer be sent.")]
    public static async Task<Ok<TemplateDto>> Withdraw(Guid id, WithdrawRequest request, WithdrawTemplateHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new WithdrawTemplateCommand(id, request.Reason), cancellationToken));

    [EndpointSummary("Approve a version in one reviewer role by e-signing: the signed-in reviewer re-enters the password. 409 out of sequence, 403 without the role or as author.")]
    public static async Task<Ok<SignatureDto>> Approve(Guid id, SignRequest request, ApproveTemplateHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ApproveTemplateCommand(id, request.Role, request.Password, request.UserName), cancellationToken));

    [EndpointSummary("Approved for distribution: the last required approval publishes a version; this confirms it, and answers 409 \"Sequencing\" while a required role is pending (R35).")]
    public static async Task<Ok<TemplateDto>> Publish(Guid id, PublishTemplateHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(id, cancellationToken));

    [EndpointSummary("Not approved, e-signed with a mandatory comment: the version returns to draft.")]
    public static async Task<Ok<SignatureDto>> Reject(Guid id, RejectRequest request, RejectTemplateHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new RejectTemplateCommand(id, request.Role, request.Password, request.Comment, request.UserName), cancellationToken));

    [EndpointSummary("Re-certify an approved version without a content change: same version, expiry moved on (UK at most 24 months), e-signed \"Re-certified\" (R49).")]
    public static async Task<Ok<SignatureDto>> Recertify(Guid id, SignRequest request, RecertifyTemplateHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new RecertifyTemplateCommand(id, request.Role, request.Password, request.UserName), cancellationToken));

    [EndpointSummary("Advance expiry notices (60/30/7 days by default): the signed-in user's own; mine=false lists everyone's (R49).")]
    public static async Task<Ok<IReadOnlyList<Domain.Templates.TemplateExpiryNotice>>> ListExpiryNotices(ListTemplateExpiryNoticesHandler handler, HttpContext context,
        CancellationToken cancellationToken, bool mine = true) =>
        TypedResults.Ok(await handler.HandleAsync(mine ? context.User.Identity?.Name : null, cancellationToken));

    [EndpointSummary("Record a product's new label version; every approved or in-review template of that product is withdrawn with the reason.")]
    public static async Task<Ok<ChangeProductLabelResult>> ChangeLabel(ChangeProductLabelCommand command, ChangeProductLabelHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(command, cancellationToken));
}
