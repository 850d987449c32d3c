using CareDesk.Application.Users;
using CareDesk.Web.Infrastructure;

namespace CareDesk.Web.Api;

/// <summary>Browser form posts outside the JSON API (sign-out and lock from the layout's buttons).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Binding the form makes the framework validate the antiforgery token the layout's form carries.
        app.MapPost("/account/logout", async (HttpContext context, IFormCollection form) =>
        {
            await SessionCookie.EndAsync(context, form["lock"] == "true" ? SessionEndReasons.Lock : SessionEndReasons.Logout);
            return TypedResults.LocalRedirect("/login");
        }).ExcludeFromDescription();
        return app;
    }
}
