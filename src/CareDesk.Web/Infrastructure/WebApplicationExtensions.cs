using CareDesk.Application.Demo;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Web.Api;
using CareDesk.Web.Components;
using CareDesk.Web.Csat;
using CareDesk.Web.Registration;
using CareDesk.Web.Roi;
using CareDesk.Web.Security;
using CareDesk.Web.WebChat;
using CareDesk.Web.Webhooks;
using Microsoft.Extensions.Options;

namespace CareDesk.Web.Infrastructure;

public static class WebApplicationExtensions
{
    /// <summary>Embedded mode: migrate the SQLite file and seed the demo organisation before serving.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await services.GetRequiredService<MigrationRunner>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Seed)
        {
            await services.GetRequiredService<SeedDemoDataHandler>().HandleAsync(demo.IncludePosts, app.Lifetime.ApplicationStopping);
        }
    }

    public static WebApplication UseCareDeskWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseCareDeskTransportSecurity();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseCors();
        app.UseSocialSignIn();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ViewerIsReadOnlyMiddleware>();
        app.UseAntiforgery();

        app.MapOpenApi().AllowAnonymous();
        app.MapCareDeskHealth();
        app.MapCareDeskApi();
        app.MapWebhooks();
        app.MapShortLinks();
        app.MapCsatSurveys();
        app.MapAccountEndpoints();
        app.MapRegistrationSignIn();
        app.MapCareDeskWebChat();
        app.MapRazorComponents<App>();
        return app;
    }
}
