using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;
using CareDesk.Connectors.YouTube;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareDesk.Connectors.Tests.YouTube;

/// <summary>The YouTube connector as the host registers it, pointed at a fake server, on a fake clock.</summary>
internal sealed class YouTubeHarness : IAsyncDisposable
{
    public const string Threads = "/youtube/v3/commentThreads";
    public const string Comments = "/youtube/v3/comments";
    public const string Search = "/youtube/v3/search";

    private readonly ServiceProvider _provider;

    private YouTubeHarness(FakeApiServer server, FakeTimeProvider clock, ServiceProvider provider)
    {
        Server = server;
        Clock = clock;
        _provider = provider;
    }

    public FakeApiServer Server { get; }

    public FakeTimeProvider Clock { get; }

    public IChannelConnector Connector => _provider.GetRequiredService<IChannelConnector>();

    public static async Task<YouTubeHarness> StartAsync(DateTimeOffset now)
    {
        var server = await FakeApiServer.StartAsync();
        var clock = new FakeTimeProvider(now);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:YouTube:BaseAddress"] = server.BaseAddress.ToString(),
            ["Connectors:YouTube:ApiKey"] = "test-api-key",
            ["Connectors:YouTube:AccessToken"] = "test-access-token",
            ["Connectors:YouTube:RetryDelay"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock);
        services.AddYouTubeConnector(configuration);
        return new YouTubeHarness(server, clock, services.BuildServiceProvider());
    }

    /// <summary>Serves a recorded sample body under the endpoint it came from.</summary>
    public YouTubeHarness Serve(string method, string path, string fixture, int status = 200)
    {
        Server.Respond(method, path, status, File.ReadAllText(SocialFixtures.PathOf(fixture)));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Server.DisposeAsync();
    }
}
