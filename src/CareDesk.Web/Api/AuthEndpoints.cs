using System.Security.Claims;
using CareDesk.Application.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record SignInRequest(string? UserName, string? Password);

public static class AuthEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/login", SignIn).AllowAnonymous();
        group.MapPost("/logout", (Delegate)SignOut);
        group.MapGet("/me", Me);
    }

    [EndpointSummary("Sign in with a user name and password; sets the session cookie.")]
    public static async Task<Results<Ok<AuthenticatedUser>, ProblemHttpResult>> SignIn(SignInRequest request, AuthenticateUserHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var user = await handler.HandleAsync(request.UserName, request.Password, cancellationToken);
        if (user is null)
        {
            return TypedResults.Problem("Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PrincipalFor(user));
        return TypedResults.Ok(user);
    }

    [EndpointSummary("End the session.")]
    public static async Task<NoContent> SignOut(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    [EndpointSummary("Who is signed in.")]
    public static Ok<object> Me(ClaimsPrincipal user) =>
        TypedResults.Ok<object>(new { userName = user.Identity?.Name, role = user.FindFirstValue(ClaimTypes.Role), displayName = user.FindFirstValue("display_name") });

    public static ClaimsPrincipal PrincipalFor(AuthenticatedUser user)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, user.UserName), new(ClaimTypes.Role, user.Role.ToString()), new("display_name", user.DisplayName) };
        if (user.Team is not null)
        {
            claims.Add(new Claim("team", user.Team));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
