using CareDesk.Application.Contacts;
using CareDesk.Domain.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record MergeContactRequest(int IntoNumber, string? Reason);

public sealed record ContactReasonRequest(string? Reason);

public sealed record ContactMatchDecisionRequest(bool? Confirm, string? Reason);

public sealed record ContactDataUseLimitRequest(bool? Limit);

public sealed record ContactIdentityRequest(string? Channel, ContactIdentityKind? Kind, string? Value);

public sealed record ContactInfluenceRequest(int? Reach, decimal? EngagementRate, string? Reason);

public sealed record KeyOpinionLeaderRequest(string? TherapyArea);

public sealed record UpdateContactRequest(ContactRole? Role, ContactRoleSource? RoleSource, string? PreferredChannel, string? Language, bool DoNotContact, string? Reason);

/// <summary>Contact profiles across channels: identities, HCP/patient status, preferences, R44 limit, merge and unmerge.</summary>
public static class ContactsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", List);
        group.MapGet("/{number:int}", Get);
        group.MapPut("/{number:int}", Update);
        group.MapPost("/{number:int}/identities", AddIdentity);
        group.MapPut("/{number:int}/data-use-limit", SetDataUseLimit);
        group.MapPost("/{number:int}/merge", Merge);
        group.MapPost("/{number:int}/unmerge", Unmerge);
        group.MapPost("/matches/{id:guid}/decision", DecideMatch);
        group.MapPut("/{number:int}/influence", SetInfluence);
        group.MapPost("/{number:int}/kol", AddKeyOpinionLeader);
        group.MapGet("/kols", KeyOpinionLeaders);
    }

    [EndpointSummary("Profiles (newest first, merged-away ones only when asked), searchable by handle, e-mail or phone, and the matches waiting for staff.")]
    public static async Task<Ok<ContactListDto>> List(string? search, bool? includeMerged, ListContactProfilesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListContactProfilesQuery(search, includeMerged ?? false), cancellationToken));

    [EndpointSummary("One person: identities, conversations and cases on every channel, consent answers, merges, proposals and the profile's audit.")]
    public static async Task<Ok<ContactProfileDto>> Get(int number, GetContactProfileHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new GetContactProfileQuery(number), cancellationToken));

    [EndpointSummary("Set HCP/patient/caregiver status (self-declared or verified by staff) and contact preferences; audited.")]
    public static async Task<NoContent> Update(int number, UpdateContactRequest request, UpdateContactProfileHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new UpdateContactProfileCommand(number, request.Role, request.RoleSource, request.PreferredChannel, request.Language,
            request.DoNotContact, request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Add an e-mail, phone or handle the person gave; the same e-mail or phone on another profile proposes a match.")]
    public static async Task<Ok<ContactIdentityDto>> AddIdentity(int number, ContactIdentityRequest request, AddContactIdentityHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new AddContactIdentityCommand(number, request.Channel, request.Kind, request.Value), cancellationToken));

    [EndpointSummary("R44: limit (or stop limiting) the use of the person's sensitive data across all their handles.")]
    public static async Task<NoContent> SetDataUseLimit(int number, ContactDataUseLimitRequest request, SetContactDataUseLimitHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new SetContactDataUseLimitCommand(number, request.Limit), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Merge this profile into another, with a reason; audited with the identities moved.")]
    public static async Task<Ok<ContactMergeDto>> Merge(int number, MergeContactRequest request, MergeContactProfilesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new MergeContactProfilesCommand(number, request.IntoNumber, request.Reason), cancellationToken));

    [EndpointSummary("Undo this profile's merge, with a reason: exactly the identities it moved come back.")]
    public static async Task<Ok<ContactMergeDto>> Unmerge(int number, ContactReasonRequest request, UnmergeContactProfileHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new UnmergeContactProfileCommand(number, request.Reason), cancellationToken));

    [EndpointSummary("Confirm (merge) or reject a proposed match, with a reason.")]
    public static async Task<Ok<ContactMatchStatus>> DecideMatch(Guid id, ContactMatchDecisionRequest request, DecideContactMatchHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new DecideContactMatchCommand(id, request.Confirm, request.Reason), cancellationToken));

    [EndpointSummary("Record the author's reach (followers) and engagement rate; audited.")]
    public static async Task<NoContent> SetInfluence(int number, ContactInfluenceRequest request, SetContactInfluenceHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new SetContactInfluenceCommand(number, request.Reach, request.EngagementRate, request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Supervisors: put the person on a therapy area's key-opinion-leader list; replies to them then need approval.")]
    public static async Task<Ok<KeyOpinionLeaderDto>> AddKeyOpinionLeader(int number, KeyOpinionLeaderRequest request, AddKeyOpinionLeaderHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new AddKeyOpinionLeaderCommand(number, request.TherapyArea), cancellationToken));

    [EndpointSummary("The key-opinion-leader list, optionally for one therapy area, most-followed first.")]
    public static async Task<Ok<IReadOnlyList<KeyOpinionLeaderDto>>> KeyOpinionLeaders(string? therapyArea, ListKeyOpinionLeadersHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListKeyOpinionLeadersQuery(therapyArea), cancellationToken));
}
