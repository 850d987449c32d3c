using System.Net.Http.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Demo;
using CareDesk.Ingestion.Sla;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareDesk.Web.Tests.Infrastructure;

/// <summary>
/// Hosts the real web app on its own SQLite file with the demo organisation (no demo posts) and a fake clock
/// starting Monday 2026-11-23 14:00 UTC (09:00 in New York, when the US desk opens).
/// </summary>
public class CareDeskApplicationFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "caredesk-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(Start);

    public string DatabasePath => Path.Combine(_directory, "caredesk.db");

    /// <summary>
    /// Tests that jump the fake clock by hours model a desk that stays signed in, so the session idle timeout is the
    /// longest allowed here; <see cref="Part11SessionFactory"/> keeps the production default of 15 minutes (R33).
    /// </summary>
    protected virtual TimeSpan IdleTimeout => TimeSpan.FromHours(8);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:IncludePosts", "false");
        builder.UseSetting("Identity:IdleTimeout", IdleTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoCatalog.DemoPassword });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public Task<HttpClient> SignInAsAgentAsync() => SignInAsync("alice");

    public Task<HttpClient> SignInAsSupervisorAsync() => SignInAsync("sam");

    /// <summary>Runs one sweep now, as the background sweeper would on its next tick.</summary>
    public Task SweepSlaAsync() => Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(CareDeskJson.Options))!;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner; it never affects another test.
        }
    }
}
