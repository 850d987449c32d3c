using Microsoft.AspNetCore.Authentication;

namespace CareDesk.Web.Registration;

/// <summary>What every end-user provider does when the round trip ends, whatever its protocol.</summary>
internal static class EndUserSignInEvents
{
    public static Task TicketReceived(TicketReceivedContext context, SocialProviderOptions provider)
    {
        context.Principal = EndUserAuthentication.Minimal(context.Principal!, provider);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A refused sign-in (bad signature, wrong issuer, the person cancelled) goes back to the form with a notice, signed
    /// out; the reason is logged, never shown, so a probe learns nothing from the page.
    /// </summary>
    public static Task RemoteFailure(RemoteFailureContext context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EndUserSignInEvents));
        logger.LogWarning(context.Failure, "End-user sign-in through {Scheme} was refused", context.Scheme.Name);
        var back = context.Properties?.RedirectUri is { } uri && RegistrationAddresses.IsFormPath(uri) ? uri : "/forms";
        context.Response.Redirect(back + "?signin=failed");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
