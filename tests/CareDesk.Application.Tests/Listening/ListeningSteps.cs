using CareDesk.Application.Abstractions;
using CareDesk.Application.Listening;
using CareDesk.Application.Posts;
using CareDesk.Application.Tests.Infrastructure;
using CareDesk.Application.Triage;
using CareDesk.Domain.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Application.Tests.Listening;

/// <summary>Listening test data: public posts at chosen times and authors, a brand query, one detector run.</summary>
public static class ListeningSteps
{
    /// <summary>A host whose screening also gives each post a sentiment (negative for "awful", "hate", "boycott"...).</summary>
    public static Task<ApplicationTestHost> StartAsync() =>
        ApplicationTestHost.StartAsync(configure: services => services.AddScoped<IPostClassifier>(provider =>
            new SentimentClassifier(ActivatorUtilities.CreateInstance<RuleBasedPostClassifier>(provider))));

    public static Task<IngestPostResult> PostAsync(this ApplicationTestHost host, string text, DateTimeOffset postedAt, string author = "@regular", string channel = ApplicationTestHost.DefaultChannel) =>
        host.RunAsync((IngestPostHandler handler, CancellationToken ct) => handler.HandleAsync(
            new IngestPostCommand(channel, Guid.NewGuid().ToString("N"), author, text, postedAt, null, null, true, postedAt.AddMinutes(1)), ct));

    /// <summary>Posts <paramref name="count"/> distinct, unremarkable texts spread over the hour starting at <paramref name="hourStart"/>.</summary>
    public static async Task PostHourAsync(this ApplicationTestHost host, DateTimeOffset hourStart, int count, string author = "@regular")
    {
        for (var index = 0; index < count; index++)
        {
            await host.PostAsync(DistinctText(index), hourStart.AddSeconds(30 + (index * 3000 / Math.Max(count, 1))), author);
        }
    }

    public static async Task<ListeningQueryDto> CreateQueryAsync(this ApplicationTestHost host, string expression = "cardiozen OR #cardiozen OR hartwell", string[]? competitors = null)
    {
        host.SignInAs("sam", UserRole.Supervisor);
        var query = await host.RunAsync((SaveListeningQueryHandler handler, CancellationToken ct) => handler.HandleAsync(
            new SaveListeningQueryCommand(null, "Cardiozen", "Cardiozen US", expression, ["cardiozen", "#cardiozen"], competitors ?? ["hartwell"]), ct));
        host.SignInAs("alice", UserRole.Agent);
        return query;
    }

    public static Task<DetectListeningAnomaliesResult> DetectAsync(this ApplicationTestHost host) =>
        host.RunAsync((DetectListeningAnomaliesHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

    private static readonly string[] Subjects = ["refill", "pharmacy", "dose", "coupon", "insurance", "label", "bottle", "shipping", "morning", "evening", "doctor", "nurse"];
    private static readonly string[] Verbs = ["asked about", "waited for", "checked", "forgot", "found", "changed", "looked up", "talked about"];

    /// <summary>Ordinary, mutually different posts about the brand (no adverse event words, no near-duplicates).</summary>
    public static string DistinctText(int index) =>
        $"Cardiozen {Subjects[index % Subjects.Length]} today, I {Verbs[index / Subjects.Length % Verbs.Length]} the {Subjects[(index * 5 + 3) % Subjects.Length]} #{index}";
}
