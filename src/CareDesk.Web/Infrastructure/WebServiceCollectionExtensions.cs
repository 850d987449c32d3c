using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Application.Users;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Web.Registration;
using CareDesk.Web.Security;
using CareDesk.Web.WebChat;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CareDesk.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    /// <summary>Web host concerns: sign-in, authorization, problem details, JSON shape, OpenAPI, health and UI.</summary>
    public static IServiceCollection AddCareDeskWeb(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpContextActor>();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        services.Configure<JsonOptions>(options => CareDeskJson.Configure(options.SerializerOptions));
        // Throwing lets the one exception handler turn a malformed body into a problem naming the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: [Messaging.MessagingServiceCollectionExtensions.ReadyTag]);
        services.AddRazorComponents();
        services.AddAntiforgery();
        services.AddCascadingAuthenticationState();
        services.AddCareDeskWebChat();
        services.AddCareDeskTransportSecurity();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/login";
            options.Cookie.Name = "caredesk.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = SessionCookie.ValidateAsync;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        }).AddCareDeskSocialSignIn();
        // The cookie's own expiry is the idle timeout on the app's clock (TimeProvider), so tests and production agree.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<IdentityOptions>, TimeProvider>((options, identity, time) =>
            {
                options.ExpireTimeSpan = identity.Value.IdleTimeout;
                options.TimeProvider = time;
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.ContentManager, policy => policy.RequireRole(nameof(UserRole.Supervisor), nameof(UserRole.Admin)))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(nameof(UserRole.Admin)))
            .AddPolicy(Policies.MedicalInformation, policy => policy.RequireAssertion(context => !context.User.IsInRole(nameof(UserRole.Marketing))));
        return services;
    }

    /// <summary>API callers get 401/403; browsers get the sign-in page.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
