using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareDesk.Web.Registration;

public static class SocialSignInServiceCollectionExtensions
{
    /// <summary>
    /// The end-user cookie scheme and the option setups for per-brand providers. The provider schemes themselves are
    /// added from settings when the app starts (<see cref="UseSocialSignIn"/>), since brands configure them, not code.
    /// </summary>
    public static AuthenticationBuilder AddCareDeskSocialSignIn(this AuthenticationBuilder authentication)
    {
        var services = authentication.Services;
        services.AddOptions<SocialSignInOptions>().BindConfiguration(SocialSignInOptions.SectionName)
            .Validate(options => options.Providers.All(provider => provider.Problem() is null), "Each SocialSignIn provider needs Brand, Key, ClientId and its endpoints.")
            .Validate(options => options.Providers.Select(provider => provider.SchemeName).Distinct(StringComparer.Ordinal).Count() == options.Providers.Count,
                "SocialSignIn provider keys must be unique per brand.")
            .ValidateOnStart();
        authentication.AddCookie(EndUserAuthentication.Scheme, options =>
        {
            options.Cookie.Name = EndUserAuthentication.CookieName;
            // Sent to form pages only: the staff pages and the API never even see it.
            options.Cookie.Path = "/forms";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = false;
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OAuthOptions>, OAuthPostConfigureOptions<OAuthOptions, OAuthHandler<OAuthOptions>>>());
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, EndUserOpenIdConnectSetup>();
        services.AddSingleton<IConfigureOptions<OAuthOptions>, EndUserOAuthSetup>();
        return authentication;
    }

    /// <summary>Adds one remote scheme per configured provider; each signs in to the end-user cookie only.</summary>
    public static WebApplication UseSocialSignIn(this WebApplication app)
    {
        var schemes = app.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        foreach (var provider in app.Services.GetRequiredService<IOptions<SocialSignInOptions>>().Value.Providers)
        {
            var handler = provider.Kind == SocialProviderKind.OpenIdConnect ? typeof(OpenIdConnectHandler) : typeof(OAuthHandler<OAuthOptions>);
            schemes.TryAddScheme(new AuthenticationScheme(provider.SchemeName, provider.DisplayName, handler));
        }

        return app;
    }
}
