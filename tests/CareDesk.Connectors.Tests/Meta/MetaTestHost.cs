using CareDesk.Connectors.Meta;
using CareDesk.Connectors.Meta.Facebook;
using CareDesk.Connectors.Meta.Instagram;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>The Meta connectors wired exactly as production wires them, with the Graph base address on a fake server.</summary>
internal sealed class MetaTestHost : NetworkHarness
{
    public const string PageId = "19292868552";
    public const string PageToken = "page-token-19292868552";
    public const string AppSecret = "secret";

    private MetaTestHost(Wiring wiring)
        : base(wiring)
    {
    }

    public FacebookConnector Facebook => Get<FacebookConnector>();

    public InstagramConnector Instagram => Get<InstagramConnector>();

    public static async Task<MetaTestHost> StartAsync(DateTimeOffset now, IDictionary<string, string?>? settings = null) =>
        new(await WireAsync(now, server =>
        {
            var configuration = new Dictionary<string, string?>
            {
                ["Connectors:Meta:BaseAddress"] = server.ToString(),
                ["Connectors:Meta:GraphVersion"] = "v21.0",
                ["Connectors:Meta:DefaultAccessToken"] = PageToken,
                ["Connectors:Meta:RetryBaseDelay"] = "00:00:00",
                ["Connectors:Meta:RetryCount"] = "1",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                configuration[key] = value;
            }

            return configuration;
        }, (services, configuration) => services.AddMetaConnector(configuration)));

    /// <summary>A recorded sample body, as text, to serve under the endpoint it came from.</summary>
    public static string Sample(string path) => File.ReadAllText(SocialFixtures.PathOf(path));
}
