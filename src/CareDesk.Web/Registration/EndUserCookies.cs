using Microsoft.AspNetCore.Authentication;

namespace CareDesk.Web.Registration;

/// <summary>
/// Browsers drop SameSite=None cookies without Secure, so on a plain-http loopback (developer machine, tests) the
/// correlation and nonce cookies fall back to Lax; with https (production) the framework's defaults stand.
/// </summary>
internal static class EndUserCookies
{
    public static void RelaxForPlainHttp(RemoteAuthenticationOptions options, SocialSignInOptions settings) =>
        RelaxForPlainHttp(options.CorrelationCookie, settings);

    public static void RelaxForPlainHttp(CookieBuilder cookie, SocialSignInOptions settings)
    {
        if (!settings.RequireHttps)
        {
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SameSite = SameSiteMode.Lax;
        }
    }
}
