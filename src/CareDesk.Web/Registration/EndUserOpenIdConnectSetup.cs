using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CareDesk.Web.Registration;

/// <summary>
/// Configures the OpenID Connect handler of each end-user provider from settings: authorization code with PKCE, only
/// the openid and email scopes, the id token validated against the authority's published keys and issuer.
/// </summary>
internal sealed class EndUserOpenIdConnectSetup(IOptions<SocialSignInOptions> settings) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        var provider = settings.Value.Providers.FirstOrDefault(candidate => candidate.SchemeName == name && candidate.Kind == SocialProviderKind.OpenIdConnect);
        if (provider is null)
        {
            return;
        }

        options.SignInScheme = EndUserAuthentication.Scheme;
        options.Authority = provider.Authority;
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.Scope.Clear();
        foreach (var scope in provider.Scopes.Count > 0 ? provider.Scopes : ["openid", "email"])
        {
            options.Scope.Add(scope);
        }

        options.CallbackPath = provider.CallbackPath;
        options.SignedOutCallbackPath = provider.CallbackPath + "/signed-out";
        options.RemoteSignOutPath = provider.CallbackPath + "/remote-sign-out";
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.RequireHttpsMetadata = settings.Value.RequireHttps;
        options.TokenValidationParameters.ValidateIssuer = true;
        options.TokenValidationParameters.ValidateIssuerSigningKey = true;
        options.Events.OnTicketReceived = context => EndUserSignInEvents.TicketReceived(context, provider);
        options.Events.OnRemoteFailure = EndUserSignInEvents.RemoteFailure;
        EndUserCookies.RelaxForPlainHttp(options, settings.Value);
        EndUserCookies.RelaxForPlainHttp(options.NonceCookie, settings.Value);
    }
}
