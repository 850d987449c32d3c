using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Options;

namespace CareDesk.Web.Registration;

/// <summary>
/// Configures the generic OAuth 2.0 handler for providers without OpenID Connect (Facebook, X): code with PKCE, then
/// one call to the user-info endpoint from which only the e-mail is read.
/// </summary>
internal sealed class EndUserOAuthSetup(IOptions<SocialSignInOptions> settings) : IConfigureNamedOptions<OAuthOptions>
{
    public void Configure(OAuthOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, OAuthOptions options)
    {
        var provider = settings.Value.Providers.FirstOrDefault(candidate => candidate.SchemeName == name && candidate.Kind == SocialProviderKind.OAuth2);
        if (provider is null)
        {
            return;
        }

        options.SignInScheme = EndUserAuthentication.Scheme;
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret!;
        options.AuthorizationEndpoint = provider.AuthorizationEndpoint!;
        options.TokenEndpoint = provider.TokenEndpoint!;
        options.UserInformationEndpoint = provider.UserInformationEndpoint!;
        options.CallbackPath = provider.CallbackPath;
        options.UsePkce = true;
        options.SaveTokens = false;
        foreach (var scope in provider.Scopes)
        {
            options.Scope.Add(scope);
        }

        var path = provider.EmailJsonPath.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (path.Length == 1)
        {
            options.ClaimActions.MapJsonKey(EndUserAuthentication.EmailClaim, path[0]);
        }
        else
        {
            options.ClaimActions.MapJsonSubKey(EndUserAuthentication.EmailClaim, path[0], path[1]);
        }

        options.Events.OnCreatingTicket = ReadUserInformationAsync;
        options.Events.OnTicketReceived = context => EndUserSignInEvents.TicketReceived(context, provider);
        options.Events.OnRemoteFailure = EndUserSignInEvents.RemoteFailure;
        EndUserCookies.RelaxForPlainHttp(options, settings.Value);
    }

    private static async Task ReadUserInformationAsync(OAuthCreatingTicketContext context)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, context.Options.UserInformationEndpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.AccessToken);
        using var response = await context.Backchannel.SendAsync(request, context.HttpContext.RequestAborted);
        response.EnsureSuccessStatusCode();
        using var user = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(context.HttpContext.RequestAborted),
            cancellationToken: context.HttpContext.RequestAborted);
        context.RunClaimActions(user.RootElement);
    }
}
