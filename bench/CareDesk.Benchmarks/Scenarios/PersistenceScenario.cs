using System.Diagnostics;
using CareDesk.Application.Posts;
using CareDesk.Application.Triage;
using CareDesk.Benchmarks.Harness;
using CareDesk.Classification;
using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Classification.Screening;
using CareDesk.Domain.Triage;
using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>
/// S3: the real intake (post, case, SLA clocks, linked PV/Quality/MI records, audit entries, one transaction per post,
/// as a webhook delivery runs it) against raw prepared inserts measured on the same disk in the same run.
/// </summary>
public sealed class PersistenceScenario : IScenario
{
    private const string Channel = "x-cardiozen-us";
    private const int PostsPerThread = 4;

    public string Id => "S3";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var outcomes = new PrecomputedOutcomes();
        await using var database = await BenchDatabase.StartAsync(
            services =>
            {
                services.AddSingleton(outcomes);
                services.AddScoped<CareDesk.Application.Abstractions.IPostClassifier, PrecomputedPostClassifier>();
            },
            cancellationToken);

        var texts = LabelledTextReader.ReadJsonl(context.CorpusPath).Select(row => row.Text).Take(context.Mode.PersistencePosts).ToArray();
        await ScreenAheadAsync(database, outcomes, texts, cancellationToken);

        var rowsBefore = database.CountAllRows();
        var start = context.Time.GetUtcNow();
        var watch = Stopwatch.StartNew();
        for (var index = 0; index < texts.Length; index++)
        {
            var command = new IngestPostCommand(Channel, $"bench-{index}", $"@bench{index % 97}", texts[index], start.AddMinutes(-1),
                $"bench-thread-{index / PostsPerThread}", null, true, context.Time.GetUtcNow());
            await database.RunAsync((IngestPostHandler handler, CancellationToken ct) => handler.HandleAsync(command, ct), cancellationToken);
        }

        var efSeconds = watch.Elapsed.TotalSeconds;
        var rowsWritten = database.CountAllRows() - rowsBefore;
        var rawRowsPerSecond = RawSqliteInsert.RowsPerSecond(database.DatabasePath, Path.Combine(database.Directory, "scratch.db"), context.Mode.RawRows);
        var postsPerSecond = texts.Length / efSeconds;

        Measurement[] measurements =
        [
            new("EF Core intake rows written", rowsWritten / efSeconds, "rows/s", rawRowsPerSecond, "raw prepared INSERT, 1,000-row transactions", Floor: 0.005, Goal: 0.10),
            new("EF Core intake posts", postsPerSecond, "posts/s", 5_000, "performance.md goal (5k posts/s on 2 cores)"),
        ];
        var details = new Dictionary<string, object>
        {
            ["provider"] = "Sqlite (WAL)",
            ["posts"] = texts.Length,
            ["rowsPerPost"] = Math.Round(rowsWritten / (double)texts.Length, 2),
            ["transactionsPerPost"] = 1,
            ["postsPerThread"] = PostsPerThread,
            ["rawRows"] = context.Mode.RawRows,
            ["classifier"] = outcomes.ClassifierName + " (precomputed before the clock started)",
        };
        return new ScenarioResult(Id, "Persistence of the intake graph", measurements, details);
    }

    /// <summary>Screens every text with the shipped model and the demo triage rules, with the inputs the intake will pass.</summary>
    private static async Task ScreenAheadAsync(BenchDatabase database, PrecomputedOutcomes outcomes, string[] texts, CancellationToken cancellationToken)
    {
        await database.RunAsync(async (AppDbContext db, CancellationToken ct) =>
        {
            var channel = await db.Channels.AsNoTracking().SingleAsync(item => item.Key == Channel, ct);
            var brand = await db.Brands.AsNoTracking().Where(item => item.Id == channel.BrandId).Select(item => item.Name).SingleAsync(ct);
            var options = new ClassificationOptions();
            var screener = new PostScreener(ClassificationServiceCollectionExtensions.LoadModel(options), options);
            var real = new DetectorPostClassifier(new RuleBasedPostClassifier(db), screener);
            await outcomes.FillAsync(real, texts.Select((text, index) => new TriageInput(text, channel.Kind, true, $"@bench{index % 97}", brand)), ct);
        }, cancellationToken);
    }
}
