using System.Security.Claims;

namespace CareDesk.Web.Registration;

/// <summary>
/// The end users' own sign-in: a cookie scheme apart from the staff cookie, with its own name and path (/forms), and a
/// principal that holds four claims and never a role, so it can neither reach a staff page nor pass a staff policy (ADR-019).
/// </summary>
public static class EndUserAuthentication
{
    public const string Scheme = "EndUser";
    public const string CookieName = "caredesk.enduser";
    public const string EmailClaim = "email";
    public const string EmailVerifiedClaim = "email_verified";
    public const string ProviderClaim = "provider";
    public const string BrandClaim = "brand";

    /// <summary>
    /// Keeps only what a registration needs from the provider's identity: the e-mail, whether the provider vouched
    /// for it, and which provider and brand it came through. Names, pictures, subject ids and tokens are dropped.
    /// </summary>
    public static ClaimsPrincipal Minimal(ClaimsPrincipal external, SocialProviderOptions provider)
    {
        var email = external.FindFirst(EmailClaim)?.Value ?? external.FindFirst(ClaimTypes.Email)?.Value;
        var verified = provider.EmailIsAlwaysVerified || string.Equals(external.FindFirst(EmailVerifiedClaim)?.Value, "true", StringComparison.OrdinalIgnoreCase);
        var claims = new List<Claim> { new(ProviderClaim, provider.Key.ToLowerInvariant()), new(BrandClaim, provider.Brand.ToLowerInvariant()) };
        if (!string.IsNullOrWhiteSpace(email))
        {
            claims.Add(new Claim(EmailClaim, email));
            claims.Add(new Claim(EmailVerifiedClaim, verified ? "true" : "false"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, EmailClaim, roleType: null));
    }
}

/// <summary>Who signed in on a form page, read from the end-user cookie only.</summary>
public sealed record EndUserIdentity(string Brand, string Provider, string? Email, bool EmailVerified)
{
    public static EndUserIdentity? From(ClaimsPrincipal? principal) =>
        principal?.FindFirst(EndUserAuthentication.ProviderClaim)?.Value is { } provider
            ? new EndUserIdentity(principal.FindFirst(EndUserAuthentication.BrandClaim)?.Value ?? string.Empty, provider,
                principal.FindFirst(EndUserAuthentication.EmailClaim)?.Value,
                principal.FindFirst(EndUserAuthentication.EmailVerifiedClaim)?.Value == "true")
            : null;

    public string? VerifiedEmail => EmailVerified ? Email : null;
}
