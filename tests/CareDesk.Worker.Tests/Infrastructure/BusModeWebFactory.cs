using System.Net.Http.Json;
using System.Security.Cryptography;
using CareDesk.Application.Demo;
using CareDesk.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Worker.Tests.Infrastructure;

/// <summary>The real web host in bus mode (Ingestion:Mode=Bus) on its own SQLite file, with a Meta app secret configured.</summary>
public sealed class BusModeWebFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string AppSecret = "test-app-secret";
    public const string PageId = "1234567890321";

    private readonly string _directory = Directory.CreateTempSubdirectory("caredesk-bus-web-").FullName;

    public string DatabasePath => Path.Combine(_directory, "caredesk.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:IncludePosts", "false");
        builder.UseSetting("Ingestion:Mode", "Bus");
        builder.UseSetting("Connectors:Meta:AppSecret", AppSecret);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Points the Cardiozen US Facebook channel at the fixture's page, as a supervisor would.</summary>
    public async Task ConfigureFacebookPageAsync()
    {
        using var supervisor = CreateClient();
        (await supervisor.PostAsJsonAsync("/api/auth/login", new { userName = "sam", password = DemoCatalog.DemoPassword }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var configured = await supervisor.PutAsJsonAsync("/api/channels/facebook-cardiozen-us/ingestion",
            new { enabled = true, accountId = PageId, screeningIntervalMinutes = 15, maxScreeningGapMinutes = 240 }, TestContext.Current.CancellationToken);
        configured.EnsureSuccessStatusCode();
    }

    /// <summary>POSTs a Meta delivery signed with the app secret, as Meta would.</summary>
    public async Task<HttpResponseMessage> PostSignedMetaAsync(byte[] body)
    {
        using var client = CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/meta") { Content = content };
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(AppSecret), body)));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
