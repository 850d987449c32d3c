namespace CareDesk.Web.Registration;

/// <summary>Social sign-in providers for end users, per brand (configuration section <c>SocialSignIn</c>, docs/social-sign-in.md).</summary>
public sealed class SocialSignInOptions
{
    public const string SectionName = "SocialSignIn";

    public List<SocialProviderOptions> Providers { get; set; } = [];

    /// <summary>Only a developer machine or a test on loopback turns this off, to talk to a provider over plain http.</summary>
    public bool RequireHttps { get; set; } = true;

    public SocialProviderOptions? Find(string? brand, string? key) => Providers.FirstOrDefault(provider =>
        string.Equals(provider.Brand, brand, StringComparison.OrdinalIgnoreCase) && string.Equals(provider.Key, key, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<SocialProviderOptions> ForBrand(string brand) =>
        Providers.Where(provider => string.Equals(provider.Brand, brand, StringComparison.OrdinalIgnoreCase));
}

public enum SocialProviderKind
{
    /// <summary>Google, Microsoft Entra ID, or any OpenID Connect authority: authorization code + PKCE, a signed id token.</summary>
    OpenIdConnect,

    /// <summary>Plain OAuth 2.0 with a user-info endpoint (Facebook, X), for providers without OpenID Connect.</summary>
    OAuth2,
}

public sealed class SocialProviderOptions
{
    /// <summary>The brand whose forms offer this provider, as in the form address (e.g. "respiro").</summary>
    public string Brand { get; set; } = string.Empty;

    /// <summary>Short name in addresses and records, e.g. "google".</summary>
    public string Key { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public SocialProviderKind Kind { get; set; } = SocialProviderKind.OpenIdConnect;

    /// <summary>OpenID Connect issuer, e.g. https://accounts.google.com or https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = string.Empty;

    public string? ClientSecret { get; set; }

    /// <summary>OAuth 2.0 only: the provider's endpoints and where the e-mail sits in its user-info JSON ("email", "data.confirmed_email").</summary>
    public string? AuthorizationEndpoint { get; set; }

    public string? TokenEndpoint { get; set; }

    public string? UserInformationEndpoint { get; set; }

    public string EmailJsonPath { get; set; } = "email";

    public List<string> Scopes { get; set; } = [];

    /// <summary>For providers that only hand out confirmed addresses but send no email_verified claim (Facebook, X).</summary>
    public bool EmailIsAlwaysVerified { get; set; }

    public string SchemeName => $"enduser-{Brand.ToLowerInvariant()}-{Key.ToLowerInvariant()}";

    /// <summary>The redirect URI to register with the provider: https://{host}/forms/_signin/{brand}/{key}.</summary>
    public string CallbackPath => $"/forms/_signin/{Brand.ToLowerInvariant()}/{Key.ToLowerInvariant()}";

    public string? Problem() => (Kind, this) switch
    {
        _ when string.IsNullOrWhiteSpace(Brand) || string.IsNullOrWhiteSpace(Key) || string.IsNullOrWhiteSpace(ClientId) =>
            "Each social sign-in provider needs a Brand, a Key and a ClientId.",
        (SocialProviderKind.OpenIdConnect, _) when !Uri.TryCreate(Authority, UriKind.Absolute, out _) => $"Provider '{Key}' needs an absolute Authority.",
        (SocialProviderKind.OAuth2, _) when AuthorizationEndpoint is null || TokenEndpoint is null || UserInformationEndpoint is null || ClientSecret is null =>
            $"OAuth provider '{Key}' needs AuthorizationEndpoint, TokenEndpoint, UserInformationEndpoint and ClientSecret.",
        _ => null,
    };
}
