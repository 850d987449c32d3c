using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CareDesk.Web.Registration;

/// <summary>Starts and ends an end user's social sign-in from a registration form; both lead back to that form.</summary>
public static class RegistrationSignInEndpoints
{
    public static IEndpointRouteBuilder MapRegistrationSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/forms/{brand}/{form}/signin/{provider}", (string brand, string form, string provider, IOptions<SocialSignInOptions> settings) =>
            settings.Value.Find(brand, provider) is { } options
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = RegistrationAddresses.Form(brand, form) }, [options.SchemeName])
                : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription();

        // Binding the form makes the framework check the antiforgery token the form page's sign-out button carries.
        app.MapPost("/forms/{brand}/{form}/signout", async (string brand, string form, HttpContext context, IFormCollection _) =>
        {
            await context.SignOutAsync(EndUserAuthentication.Scheme);
            return Results.LocalRedirect(RegistrationAddresses.Form(brand, form));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
