using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CareDesk.Web.Tests.Registration;

/// <summary>
/// A real OpenID Connect provider on a loopback Kestrel port: OpenIddict's server with authorization code + PKCE,
/// signing keys generated at start, one confidential client (CareDesk) and one test user behind a login page.
/// Degraded mode means no client or token store: the client and redirect URI are checked by the handlers below.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "caredesk-respiro";
    public const string ClientSecret = "respiro-test-secret-7f3a";
    public const string UserName = "pat";
    public const string Password = "Provider-pass-2026";
    public const string Email = "pat.patient@example.com";

    private WebApplication? _app;

    public Uri Issuer { get; private set; } = default!;

    /// <summary>The one redirect URI CareDesk registered; anything else is refused like a real provider would.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>When set, rewrites the id token in the token endpoint's response (a forged or tampered token reaching CareDesk).</summary>
    public Func<string, string>? TamperIdToken { get; set; }

    public SigningCredentials SigningCredentials =>
        _app!.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.SigningCredentials.First();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options => { options.LoginPath = "/login"; options.Cookie.Name = "provider.session"; });
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();
            options.EnableDegradedMode();
            options.UseAspNetCore().DisableTransportSecurityRequirement();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(ValidateAuthorizationRequest));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(ValidateTokenRequest));
            options.AddEventHandler<HandleAuthorizationRequestContext>(handler => handler.UseInlineHandler(SignInTheUserAsync));
        });
        _app = builder.Build();
        _app.Use(RewriteIdTokenAsync);
        _app.UseAuthentication();
        _app.MapGet("/login", (string? returnUrl) => Results.Content(LoginPage(returnUrl), "text/html"));
        _app.MapPost("/login", (HttpRequest request) => LogInAsync(request.HttpContext));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Issuer = new Uri(address.TrimEnd('/') + "/");
    }

    private ValueTask ValidateAuthorizationRequest(ValidateAuthorizationRequestContext context)
    {
        if (context.ClientId != ClientId)
        {
            context.Reject(Errors.InvalidClient, "Unknown client.");
        }
        else if (context.RedirectUri != RedirectUri)
        {
            context.Reject(Errors.InvalidRequest, "This redirect URI is not registered for the client.");
        }

        return default;
    }

    private ValueTask ValidateTokenRequest(ValidateTokenRequestContext context)
    {
        if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
        {
            context.Reject(Errors.InvalidClient, "Client authentication failed.");
        }

        return default;
    }

    private static async ValueTask SignInTheUserAsync(HandleAuthorizationRequestContext context)
    {
        var request = context.Transaction.GetHttpRequest()!;
        var session = await request.HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!session.Succeeded)
        {
            await request.HttpContext.ChallengeAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                new AuthenticationProperties { RedirectUri = request.PathBase + request.Path + request.QueryString });
            context.HandleRequest();
            return;
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, "user-4711").SetDestinations(Destinations.AccessToken, Destinations.IdentityToken));
        identity.AddClaim(new Claim(Claims.Email, Email).SetDestinations(Destinations.IdentityToken));
        identity.AddClaim(new Claim(Claims.EmailVerified, "true", ClaimValueTypes.Boolean).SetDestinations(Destinations.IdentityToken));
        // Sent on purpose: CareDesk must drop what a registration does not need.
        identity.AddClaim(new Claim(Claims.Name, "Pat Patient").SetDestinations(Destinations.IdentityToken));
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(context.Request.GetScopes());
        context.SignIn(principal);
    }

    private static async Task<IResult> LogInAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        if (form["username"] != UserName || form["password"] != Password)
        {
            return Results.Content(LoginPage(returnUrl, "Wrong user name or password."), "text/html");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, UserName)], CookieAuthenticationDefaults.AuthenticationScheme)));
        return Results.LocalRedirect(returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal) ? returnUrl : "/");
    }

    private static string LoginPage(string? returnUrl, string? error = null) => $"""
        <!DOCTYPE html><html><body><h1>Test identity provider</h1>
        {(error is null ? "" : $"<p id=\"error\">{error}</p>")}
        <form method="post" action="/login">
        <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}" />
        <label>User <input name="username" /></label><label>Password <input name="password" type="password" /></label>
        <button type="submit" id="provider-login">Sign in</button></form></body></html>
        """;

    private async Task RewriteIdTokenAsync(HttpContext context, RequestDelegate next)
    {
        if (TamperIdToken is not { } tamper || context.Request.Path != "/connect/token")
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context);
        context.Response.Body = original;
        var json = JsonNode.Parse(buffer.ToArray())!.AsObject();
        if (json["id_token"]?.GetValue<string>() is { } idToken)
        {
            json["id_token"] = tamper(idToken);
        }

        var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
