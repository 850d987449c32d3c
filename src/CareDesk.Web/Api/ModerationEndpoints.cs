using CareDesk.Application.Moderation;
using CareDesk.Domain.Moderation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record ScreeningRequest(bool? AdverseEvent, bool? ProductComplaint, bool? MedicalInquiry);

public sealed record ModerationDecisionRequest(ModerationDecision? Decision, string? Note);

public sealed record PageModerationRequest(ModerationMode? Mode);

public sealed record CommunityGuidelinesRequest(string? Text, string? Explanation, bool ProfanityFilter, IReadOnlyList<string>? ProfanityTerms, bool SpamFilter,
    IReadOnlyList<string>? SpamTerms);

/// <summary>Moderation of owned pages: the queue, screening decisions, publish/hide/delete on platform (R12), modes and guidelines.</summary>
public static class ModerationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/queue", Queue);
        group.MapPost("/items/{id:guid}/screening", Screen);
        group.MapPost("/items/{id:guid}/decision", Decide);
        group.MapGet("/settings", Settings);
        group.MapPut("/pages/{channelKey}", SetMode);
        group.MapPut("/guidelines/{brand}", SetGuidelines);
    }

    [EndpointSummary("Comments on moderated pages: awaiting a screening decision or hidden ('open', the default), 'all', or one state.")]
    public static async Task<Ok<IReadOnlyList<ModeratedItemDto>>> Queue(string? show, ListModerationQueueHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListModerationQueueQuery(show), cancellationToken));

    [EndpointSummary("Record a person's decision: adverse event, product complaint, medical-information request (each yes or no).")]
    public static async Task<Ok<ModeratedItemDto>> Screen(Guid id, ScreeningRequest request, ScreenModeratedItemHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ScreenModeratedItemCommand(id, request.AdverseEvent, request.ProductComplaint, request.MedicalInquiry), cancellationToken));

    [EndpointSummary("Publish, hide or delete on platform; 422 before a screening decision, and for an AE not yet escalated to PV.")]
    public static async Task<Ok<ModeratedItemDto>> Decide(Guid id, ModerationDecisionRequest request, ModerateCommentHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ModerateCommentCommand(id, request.Decision, request.Note), cancellationToken));

    [EndpointSummary("Every page's moderation mode and every brand's community guidelines and filters.")]
    public static async Task<Ok<ModerationSettingsDto>> Settings(GetModerationSettingsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new GetModerationSettingsQuery(), cancellationToken));

    [EndpointSummary("Supervisors: Off, PostModeration or PreModeration for one owned page.")]
    public static async Task<Ok<PageModerationDto>> SetMode(string channelKey, PageModerationRequest request, SetPageModerationHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SetPageModerationCommand(channelKey, request.Mode), cancellationToken));

    [EndpointSummary("Supervisors: a brand's community guidelines, the explanation hidden comments get, and its profanity and spam filters.")]
    public static async Task<Ok<CommunityGuidelinesDto>> SetGuidelines(string brand, CommunityGuidelinesRequest request, SetCommunityGuidelinesHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new SetCommunityGuidelinesCommand(brand, request.Text, request.Explanation, request.ProfanityFilter,
            request.ProfanityTerms, request.SpamFilter, request.SpamTerms), cancellationToken));
}
