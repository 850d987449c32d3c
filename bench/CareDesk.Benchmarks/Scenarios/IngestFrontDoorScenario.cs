using System.Net.Http.Json;
using CareDesk.Benchmarks.Harness;
using CareDesk.Classification.AdverseEvents.Model;
using Microsoft.Data.Sqlite;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>
/// S1: signed webhook deliveries into the real web host (signature check, raw delivery stored, parsed, screened,
/// filed into a case) against a bare GET on the same Kestrel process, same connections, same client, same run.
/// </summary>
public sealed class IngestFrontDoorScenario : IScenario
{
    private const string AppSecret = "bench-app-secret";
    private const string PageId = "1234567890321";
    private const int Connections = 64;

    public string Id => "S1";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var texts = LabelledTextReader.ReadJsonl(context.CorpusPath).Select(row => row.Text).Take(5_000).ToArray();
        var deliveries = new MetaDeliveries(AppSecret, PageId, texts);
        await using var web = await WebHostProcess.StartAsync(context.RepositoryRoot, new Dictionary<string, string> { ["Connectors__Meta__AppSecret"] = AppSecret }, cancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        await ConfigurePageAsync(web.BaseAddress, cancellationToken);

        var step = context.Mode.StepDuration;
        var limitPath = Environment.GetEnvironmentVariable("CAREDESK_BENCH_LIMIT_PATH") ?? "/health/live";
        await LoadGenerator.SaturateAsync(client, _ => new HttpRequestMessage(HttpMethod.Get, limitPath), Connections, TimeSpan.FromSeconds(1), cancellationToken);
        var bare = await LoadGenerator.SaturateAsync(client, _ => new HttpRequestMessage(HttpMethod.Get, limitPath), Connections, step, cancellationToken);
        var saturated = await LoadGenerator.SaturateAsync(client, deliveries.Create, Connections, step, cancellationToken);
        var sequence = saturated.Completed + saturated.Failed;
        var at100 = await LoadGenerator.OfferAsync(client, deliveries.Create, 100, step, sequence, cancellationToken);
        sequence += at100.Completed + at100.Failed;
        var at1000 = await LoadGenerator.OfferAsync(client, deliveries.Create, 1_000, step, sequence, cancellationToken);
        sequence += at1000.Completed + at1000.Failed;

        var accepted = saturated.Completed + at100.Completed + at1000.Completed;
        var stored = CountBenchPosts(web.DatabasePath);
        Measurement[] measurements =
        [
            new("signed webhook deliveries at saturation", saturated.RequestsPerSecond, "posts/s", bare.RequestsPerSecond, $"GET {limitPath} on the same Kestrel", Floor: 0.001, Goal: 0.10),
            new("p99 at 100 posts/s offered", at100.P99Ms, "ms", 50, "performance.md goal p99 (ms)"),
            new("p99 at 1,000 posts/s offered", at1000.P99Ms, "ms", 50, "performance.md goal p99 (ms)"),
            new("accepted deliveries stored as posts", stored, "posts", accepted, "deliveries answered 2xx", Floor: 1.0),
        ];
        var details = new Dictionary<string, object>
        {
            ["connections"] = Connections,
            ["stepSeconds"] = step.TotalSeconds,
            ["bareP99Ms"] = bare.P99Ms,
            ["saturatedP99Ms"] = saturated.P99Ms,
            ["at100"] = at100,
            ["at1000"] = at1000,
            ["failedDeliveries"] = saturated.Failed + at100.Failed + at1000.Failed,
            ["bus"] = "embedded (intake inside the request)",
        };
        return new ScenarioResult(Id, "Ingest front door", measurements, details);
    }

    /// <summary>The demo Facebook channel listens to the page the deliveries name, as a supervisor would set it up.</summary>
    internal static async Task ConfigurePageAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var supervisor = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = baseAddress };
        (await supervisor.PostAsJsonAsync("/api/auth/login", new { userName = "sam", password = CareDesk.Application.Demo.DemoCatalog.DemoPassword }, cancellationToken)).EnsureSuccessStatusCode();
        (await supervisor.PutAsJsonAsync("/api/channels/facebook-cardiozen-us/ingestion",
            new { enabled = true, accountId = PageId, screeningIntervalMinutes = 15, maxScreeningGapMinutes = 240 }, cancellationToken)).EnsureSuccessStatusCode();
    }

    private static long CountBenchPosts(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Posts WHERE ExternalId LIKE '%bench_%'";
        return (long)command.ExecuteScalar()!;
    }
}
