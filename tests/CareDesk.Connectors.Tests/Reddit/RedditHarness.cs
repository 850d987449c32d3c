using CareDesk.Application.Connectors;
using CareDesk.Connectors.Reddit;
using CareDesk.Connectors.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareDesk.Connectors.Tests.Reddit;

/// <summary>The Reddit connector as the host registers it; API and token hosts both point at one fake server.</summary>
internal sealed class RedditHarness : IAsyncDisposable
{
    public const string TokenPath = "/api/v1/access_token";
    public const string EmptyListing = """{"kind":"Listing","data":{"children":[],"after":null,"before":null}}""";

    private readonly ServiceProvider _provider;

    private RedditHarness(FakeApiServer server, FakeTimeProvider clock, ServiceProvider provider)
    {
        Server = server;
        Clock = clock;
        _provider = provider;
    }

    public FakeApiServer Server { get; }

    public FakeTimeProvider Clock { get; }

    public IChannelConnector Connector => _provider.GetRequiredService<IChannelConnector>();

    public IEnumerable<ReceivedRequest> TokenRequests => Server.Requests.Where(request => request.Path == TokenPath);

    public IEnumerable<ReceivedRequest> ApiRequests => Server.Requests.Where(request => request.Path != TokenPath);

    public static async Task<RedditHarness> StartAsync()
    {
        var server = await FakeApiServer.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Reddit:BaseAddress"] = server.BaseAddress.ToString(),
            ["Connectors:Reddit:AuthBaseAddress"] = server.BaseAddress.ToString(),
            ["Connectors:Reddit:ClientId"] = "client-id",
            ["Connectors:Reddit:ClientSecret"] = "client-s3cret",
            ["Connectors:Reddit:RefreshToken"] = "refresh-t0ken",
            ["Connectors:Reddit:UserAgent"] = "test:caredesk:1.0 (by /u/caredesk-test)",
            ["Connectors:Reddit:RetryDelay"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock);
        services.AddRedditConnector(configuration);
        return new RedditHarness(server, clock, services.BuildServiceProvider());
    }

    /// <summary>
    /// Queues a recorded interaction under the path the connector calls: recordings end paths with "/" where the
    /// connector does not, and error recordings come from other endpoints than the one a test exercises.
    /// </summary>
    public RedditHarness Serve(RecordedInteraction interaction, string? path = null)
    {
        Server.Respond(interaction.Method, path ?? interaction.Uri.AbsolutePath.TrimEnd('/'), interaction.Status, interaction.ResponseBody, interaction.ResponseHeaders);
        return this;
    }

    public RedditHarness ServeEmpty(params string[] paths)
    {
        foreach (var path in paths)
        {
            Server.Respond("GET", path, 200, EmptyListing);
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Server.DisposeAsync();
    }
}
