using CareDesk.Connectors.Tests.Fixtures;
using CareDesk.Connectors.X;

namespace CareDesk.Connectors.Tests.X;

/// <summary>
/// The X connector as production wires it (AddXConnector: typed HttpClient, resilience pipeline, options) pointed at
/// the fake API server on 127.0.0.1, with a fake clock. Tokens are test placeholders.
/// </summary>
internal sealed class XHarness : NetworkHarness
{
    public const string ConsumerSecret = "z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu";

    private XHarness(Wiring wiring)
        : base(wiring)
    {
    }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public XConnector Connector => Get<XConnector>();

    public static async Task<XHarness> StartAsync(Dictionary<string, string?>? settings = null, DateTimeOffset? now = null) =>
        new(await WireAsync(now ?? new DateTimeOffset(2020, 6, 26, 15, 0, 0, TimeSpan.Zero), server =>
        {
            var values = new Dictionary<string, string?>
            {
                ["Connectors:X:BaseAddress"] = server.ToString(),
                ["Connectors:X:BearerToken"] = "test-app-token",
                ["Connectors:X:UserAccessToken"] = "test-user-token",
                ["Connectors:X:ConsumerSecret"] = ConsumerSecret,
                ["Connectors:X:RetryBaseDelay"] = "00:00:00",
                ["Connectors:X:PollDirectMessages"] = "false",
            };
            foreach (var (key, value) in settings ?? [])
            {
                values["Connectors:X:" + key] = value;
            }

            return values;
        }, (services, configuration) => services.AddConnectors(configuration)));
}
