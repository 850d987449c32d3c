using System.Security.Claims;
using CareDesk.Application.Users;
using CareDesk.Domain.Users;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record SignInRequest(string? UserName, string? Password);

/// <summary>The signed-in user; <c>mustChangePassword</c> means no signature is possible until the password is changed.</summary>
public sealed record SignInResponse(string UserName, string DisplayName, UserRole Role, string? Team, bool MustChangePassword);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public static class AuthEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/login", SignIn).AllowAnonymous();
        group.MapPost("/logout", (Delegate)SignOut);
        group.MapPost("/lock", (Delegate)Lock);
        group.MapPost("/password", ChangePassword);
        group.MapGet("/me", Me);
    }

    [EndpointSummary("Sign in with a user name and password; starts a continuous session and sets the session cookie.")]
    public static async Task<Results<Ok<SignInResponse>, ProblemHttpResult>> SignIn(SignInRequest request, AuthenticateUserHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request.UserName, request.Password, cancellationToken);
        if (result is not { Outcome: SignInOutcome.SignedIn, User: { } user })
        {
            return TypedResults.Problem(
                result.Outcome == SignInOutcome.Locked ? "The account is locked after repeated wrong passwords; an admin must unlock it." : "Unknown user name or wrong password.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionCookie.PrincipalFor(result));
        return TypedResults.Ok(new SignInResponse(user.UserName, user.DisplayName, user.Role, user.Team, result.MustChangePassword));
    }

    [EndpointSummary("End the session; the next signature needs user id and password again.")]
    public static async Task<NoContent> SignOut(HttpContext context)
    {
        await SessionCookie.EndAsync(context, SessionEndReasons.Logout);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Lock the session (walking away): it ends, and signing in again needs every component.")]
    public static async Task<NoContent> Lock(HttpContext context)
    {
        await SessionCookie.EndAsync(context, SessionEndReasons.Lock);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Choose a new password (required after an admin reset or when the password aged out).")]
    public static async Task<NoContent> ChangePassword(ChangePasswordRequest request, ChangePasswordHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new ChangePasswordCommand(request.CurrentPassword, request.NewPassword), cancellationToken);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Who is signed in.")]
    public static Ok<object> Me(ClaimsPrincipal user) =>
        TypedResults.Ok<object>(new { userName = user.Identity?.Name, role = user.FindFirstValue(ClaimTypes.Role), displayName = user.FindFirstValue("display_name") });
}
