using System.Security.Claims;
using CareDesk.Application.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CareDesk.Web.Infrastructure;

/// <summary>
/// The session cookie names its continuous sign-in session and the account's session version; every request checks
/// both against the database, so idle timeout, lock, logout, deactivation and "device lost" end it at once (R33, R34).
/// </summary>
public static class SessionCookie
{
    public const string SessionIdClaim = "sid";
    public const string SessionVersionClaim = "session_version";

    public static ClaimsPrincipal PrincipalFor(SignInResult result)
    {
        var user = result.User!;
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName), new(ClaimTypes.Role, user.Role.ToString()), new("display_name", user.DisplayName),
            new(SessionIdClaim, result.SessionId!.Value.ToString()), new(SessionVersionClaim, result.SessionVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (user.Team is not null)
        {
            claims.Add(new Claim("team", user.Team));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var valid = principal?.Identity?.Name is { } userName
            && Guid.TryParse(principal.FindFirstValue(SessionIdClaim), out var sessionId)
            && int.TryParse(principal.FindFirstValue(SessionVersionClaim), System.Globalization.CultureInfo.InvariantCulture, out var version)
            && await context.HttpContext.RequestServices.GetRequiredService<ValidateSessionHandler>().HandleAsync(sessionId, userName, version, context.HttpContext.RequestAborted);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>Logout or lock: the session ends in the database as well as in the browser.</summary>
    public static async Task EndAsync(HttpContext context, string reason)
    {
        var sessionId = Guid.TryParse(context.User.FindFirstValue(SessionIdClaim), out var id) ? id : (Guid?)null;
        await context.RequestServices.GetRequiredService<EndSessionHandler>().HandleAsync(sessionId, reason, context.RequestAborted);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
