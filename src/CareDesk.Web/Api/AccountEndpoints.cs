using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CareDesk.Web.Api;

/// <summary>Browser form posts outside the JSON API (sign-out from the layout's button).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Binding the form makes the framework validate the antiforgery token the layout's form carries.
        app.MapPost("/account/logout", async (HttpContext context, IFormCollection form) =>
        {
            _ = form;
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.LocalRedirect("/login");
        }).ExcludeFromDescription();
        return app;
    }
}
