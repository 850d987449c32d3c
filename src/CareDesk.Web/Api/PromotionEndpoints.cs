using CareDesk.Application.Channels;
using CareDesk.Application.Promotion;
using CareDesk.Application.Templates;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

/// <summary>Promotional content rules (R22, R23, R27, R28): the product risk library, the composer check, proactive posts and Form 2253 dates.</summary>
public static class PromotionEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/risk-library", ListRiskLibrary);
        group.MapPut("/risk-library", SetRiskInformation).RequireAuthorization(Policies.ContentManager);
        group.MapGet("/templates/{id:guid}/check", CheckTemplate);
        group.MapPost("/templates/{id:guid}/fda-2253-submission", RecordFda2253Submission).RequireAuthorization(Policies.ContentManager);
        group.MapPut("/channels/{key}/character-limit", SetCharacterLimit).RequireAuthorization(Policies.ContentManager);
        group.MapGet("/posts", ListPosts);
        group.MapPost("/posts", SchedulePost).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/posts/{id:guid}/publish", PublishPost).RequireAuthorization(Policies.ContentManager);
    }

    public sealed record Fda2253SubmissionRequest(DateOnly? SubmittedOn);

    public sealed record CharacterLimitRequest(int? PostCharacterLimit);

    public sealed record PublishRequest(string? ExternalId);

    [EndpointSummary("The product risk library: per brand the proprietary and established names, most serious risks, risk page, PI link and boxed-warning flag (R23).")]
    public static async Task<Ok<IReadOnlyList<ProductRiskDto>>> ListRiskLibrary(ListProductRiskLibraryHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Adds or changes a brand's risk library entry (supervisors and admins; audited).")]
    public static async Task<Ok<ProductRiskDto>> SetRiskInformation(SetProductRiskInformationHandler handler, SetProductRiskInformationCommand request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(request, cancellationToken));

    [EndpointSummary("The composer's pre-submission check of a template: every failed R23/R28 check keyed by field; canSubmit is false while any remains.")]
    public static async Task<Ok<PromotionalCheckDto>> CheckTemplate(CheckPromotionalTemplateHandler handler, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(id, cancellationToken));

    [EndpointSummary("Enters the Form 2253 submitted date of a US promotional version; without it the version cannot go live (R27).")]
    public static async Task<Ok<TemplateDto>> RecordFda2253Submission(RecordFda2253SubmissionHandler handler, Guid id, Fda2253SubmissionRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new RecordFda2253SubmissionCommand(id, request.SubmittedOn), cancellationToken));

    [EndpointSummary("Sets a channel's live post character limit below the network's (null: the network's); promotional posts must fit it (R23).")]
    public static async Task<Ok<int>> SetCharacterLimit(SetChannelCharacterLimitHandler handler, string key, CharacterLimitRequest request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SetChannelCharacterLimitCommand(key, request.PostCharacterLimit), cancellationToken));

    [EndpointSummary("Proactive (company-initiated) posts, newest first.")]
    public static async Task<Ok<IReadOnlyList<PromotionalPostDto>>> ListPosts(ListPromotionalPostsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Schedules a proactive post from approved templates (several parts make a thread). 422 for SIUU content (R22), a promotional thread or a failed benefit/risk check on the channel's live limit (R23).")]
    public static async Task<Created<PromotionalPostDto>> SchedulePost(SchedulePromotionalPostHandler handler, SchedulePromotionalPostCommand request, CancellationToken cancellationToken)
    {
        var post = await handler.HandleAsync(request, cancellationToken);
        return TypedResults.Created($"/api/promotion/posts/{post.Id}", post);
    }

    [EndpointSummary("Publishes a scheduled post: the checks run again at send; a 2253-required version without a submitted date is refused and the first use is recorded (R27).")]
    public static async Task<Ok<PromotionalPostDto>> PublishPost(PublishPromotionalPostHandler handler, Guid id, PublishRequest? request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new PublishPromotionalPostCommand(id, request?.ExternalId), cancellationToken));
}
