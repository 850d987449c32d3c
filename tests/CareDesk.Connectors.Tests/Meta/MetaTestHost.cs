using CareDesk.Connectors.Meta;
using CareDesk.Connectors.Meta.Facebook;
using CareDesk.Connectors.Meta.Instagram;
using CareDesk.Connectors.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>The Meta connectors wired exactly as production wires them, with the Graph base address on a fake server.</summary>
internal sealed class MetaTestHost : IAsyncDisposable
{
    public const string PageId = "19292868552";
    public const string PageToken = "page-token-19292868552";
    public const string AppSecret = "secret";

    private readonly ServiceProvider _services;

    private MetaTestHost(FakeApiServer server, ServiceProvider services, FakeTimeProvider time)
    {
        Server = server;
        _services = services;
        Time = time;
    }

    public FakeApiServer Server { get; }

    public FakeTimeProvider Time { get; }

    public FacebookConnector Facebook => _services.GetRequiredService<FacebookConnector>();

    public InstagramConnector Instagram => _services.GetRequiredService<InstagramConnector>();

    public static async Task<MetaTestHost> StartAsync(DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        var server = await FakeApiServer.StartAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["Connectors:Meta:BaseAddress"] = server.BaseAddress.ToString(),
            ["Connectors:Meta:GraphVersion"] = "v21.0",
            ["Connectors:Meta:DefaultAccessToken"] = PageToken,
            ["Connectors:Meta:RetryBaseDelay"] = "00:00:00",
            ["Connectors:Meta:RetryCount"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var time = new FakeTimeProvider(now);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddMetaConnector(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())
            .BuildServiceProvider();
        return new MetaTestHost(server, services, time);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }

    /// <summary>A recorded sample body, as text, to serve under the endpoint it came from.</summary>
    public static string Sample(string path) => File.ReadAllText(SocialFixtures.PathOf(path));
}
