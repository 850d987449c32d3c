using CareDesk.Application.Users.Administration;
using CareDesk.Domain.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record CreateUserRequest(string? UserName, string? DisplayName, UserRole? Role, string? Team, string? TemporaryPassword);

public sealed record ReasonRequest(string? Reason);

public sealed record ResetPasswordRequest(string? TemporaryPassword);

/// <summary>Admin user administration (R33, R34): accounts, retired ids, lockouts, lost devices and security alerts.</summary>
public static class UserAdministrationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/users", ListUsers);
        group.MapPost("/users", CreateUser);
        group.MapPost("/users/{userName}/deactivation", Deactivate);
        group.MapPost("/users/{userName}/password-reset", ResetPassword);
        group.MapPost("/users/{userName}/unlock", Unlock);
        group.MapPost("/users/{userName}/device-lost", MarkDeviceLost);
        group.MapGet("/security-alerts", ListSecurityAlerts);
    }

    [EndpointSummary("Every account, deactivated (retired) ones included.")]
    public static async Task<Ok<IReadOnlyList<UserAccountView>>> ListUsers(ListUserAccountsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Create an account with a temporary password; a retired user id is rejected.")]
    public static async Task<Created<UserAccountView>> CreateUser(CreateUserRequest request, CreateUserAccountHandler handler, CancellationToken cancellationToken)
    {
        var user = await handler.HandleAsync(new CreateUserAccountCommand(request.UserName, request.DisplayName, request.Role, request.Team, request.TemporaryPassword), cancellationToken);
        return TypedResults.Created($"/api/admin/users/{user.UserName}", user);
    }

    [EndpointSummary("Deactivate (delete) an account: its sessions end and its user id is retired for good.")]
    public static async Task<Ok<UserAccountView>> Deactivate(string userName, ReasonRequest request, DeactivateUserAccountHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(userName, request.Reason, cancellationToken));

    [EndpointSummary("Set a temporary password the user must change before any signature.")]
    public static async Task<Ok<UserAccountView>> ResetPassword(string userName, ResetPasswordRequest request, ResetUserPasswordHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(userName, request.TemporaryPassword, cancellationToken));

    [EndpointSummary("Unlock an account locked by repeated wrong passwords.")]
    public static async Task<Ok<UserAccountView>> Unlock(string userName, ReasonRequest request, UnlockUserAccountHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(userName, request.Reason, cancellationToken));

    [EndpointSummary("Device lost or compromised: revoke every session of the user at once and raise a security alert.")]
    public static async Task<Ok<UserAccountView>> MarkDeviceLost(string userName, ReasonRequest request, MarkDeviceLostHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(userName, request.Reason, cancellationToken));

    [EndpointSummary("Security alerts (account locked, device lost), newest first.")]
    public static async Task<Ok<IReadOnlyList<SecurityAlertView>>> ListSecurityAlerts(ListSecurityAlertsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));
}
