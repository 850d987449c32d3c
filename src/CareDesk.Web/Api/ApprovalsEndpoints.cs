using CareDesk.Application.Approvals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

/// <summary>A signed decision; <c>userName</c> is required for the first signature of a session (R33).</summary>
public sealed record ApprovalDecisionRequest(bool Approve, string? Reason, string? Password, string? UserName = null);

public static class ApprovalsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListApprovals);
        group.MapPost("/{id:guid}/decisions", Decide);
    }

    [EndpointSummary("Replies held for approval, oldest first, with the approved template text next to the proposed text.")]
    public static async Task<Ok<IReadOnlyList<ReplyApprovalDto>>> ListApprovals(ListReplyApprovalsHandler handler, CancellationToken cancellationToken, bool pendingOnly = true) =>
        TypedResults.Ok(await handler.HandleAsync(new ListReplyApprovalsQuery(pendingOnly), cancellationToken));

    [EndpointSummary("Approve or reject a held reply. Requires the approver's password (re-authentication); rejection requires a reason. The final approval sends the reply.")]
    public static async Task<Ok<DecideReplyApprovalResult>> Decide(Guid id, ApprovalDecisionRequest request, DecideReplyApprovalHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new DecideReplyApprovalCommand(id, request.Approve, request.Reason, request.Password, request.UserName), cancellationToken));
}
