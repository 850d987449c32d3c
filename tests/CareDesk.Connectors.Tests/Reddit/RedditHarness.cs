using CareDesk.Application.Connectors;
using CareDesk.Connectors.Reddit;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Reddit;

/// <summary>The Reddit connector as the host registers it; API and token hosts both point at one fake server.</summary>
internal sealed class RedditHarness : NetworkHarness
{
    public const string TokenPath = "/api/v1/access_token";
    public const string EmptyListing = """{"kind":"Listing","data":{"children":[],"after":null,"before":null}}""";

    private RedditHarness(Wiring wiring)
        : base(wiring)
    {
    }

    public IChannelConnector Connector => Get<IChannelConnector>();

    public IEnumerable<ReceivedRequest> TokenRequests => Server.Requests.Where(request => request.Path == TokenPath);

    public IEnumerable<ReceivedRequest> ApiRequests => Server.Requests.Where(request => request.Path != TokenPath);

    public static async Task<RedditHarness> StartAsync() => new(await WireAsync(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero), server => new()
    {
        ["Connectors:Reddit:BaseAddress"] = server.ToString(),
        ["Connectors:Reddit:AuthBaseAddress"] = server.ToString(),
        ["Connectors:Reddit:ClientId"] = "client-id",
        ["Connectors:Reddit:ClientSecret"] = "client-s3cret",
        ["Connectors:Reddit:RefreshToken"] = "refresh-t0ken",
        ["Connectors:Reddit:UserAgent"] = "test:caredesk:1.0 (by /u/caredesk-test)",
        ["Connectors:Reddit:RetryDelay"] = "00:00:00",
    }, (services, configuration) => services.AddRedditConnector(configuration)));

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
}
