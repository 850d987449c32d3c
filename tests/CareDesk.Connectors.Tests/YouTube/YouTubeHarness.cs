using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;
using CareDesk.Connectors.YouTube;

namespace CareDesk.Connectors.Tests.YouTube;

/// <summary>The YouTube connector as the host registers it, pointed at a fake server, on a fake clock.</summary>
internal sealed class YouTubeHarness : NetworkHarness
{
    public const string Threads = "/youtube/v3/commentThreads";
    public const string Comments = "/youtube/v3/comments";
    public const string Search = "/youtube/v3/search";

    private YouTubeHarness(Wiring wiring)
        : base(wiring)
    {
    }

    public IChannelConnector Connector => Get<IChannelConnector>();

    public static async Task<YouTubeHarness> StartAsync(DateTimeOffset now) => new(await WireAsync(now, server => new()
    {
        ["Connectors:YouTube:BaseAddress"] = server.ToString(),
        ["Connectors:YouTube:ApiKey"] = "test-api-key",
        ["Connectors:YouTube:AccessToken"] = "test-access-token",
        ["Connectors:YouTube:RetryDelay"] = "00:00:00",
    }, (services, configuration) => services.AddYouTubeConnector(configuration)));

    /// <summary>Serves a recorded sample body under the endpoint it came from.</summary>
    public YouTubeHarness Serve(string method, string path, string fixture, int status = 200)
    {
        Server.Respond(method, path, status, File.ReadAllText(SocialFixtures.PathOf(fixture)));
        return this;
    }
}
