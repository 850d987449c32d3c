using CareDesk.Connectors.Tests.Fixtures;
using CareDesk.Connectors.X;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareDesk.Connectors.Tests.X;

/// <summary>
/// The X connector as production wires it (AddXConnector: typed HttpClient, resilience pipeline, options) pointed at
/// the fake API server on 127.0.0.1, with a fake clock. Tokens are test placeholders.
/// </summary>
internal sealed class XHarness : IAsyncDisposable
{
    public const string ConsumerSecret = "z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu";

    private readonly ServiceProvider _services;

    private XHarness(FakeApiServer server, FakeTimeProvider time, ServiceProvider services)
    {
        Server = server;
        Time = time;
        _services = services;
    }

    public FakeApiServer Server { get; }

    public FakeTimeProvider Time { get; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<XHarness> StartAsync(Dictionary<string, string?>? settings = null, DateTimeOffset? now = null)
    {
        var server = await FakeApiServer.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Connectors:X:BaseAddress"] = server.BaseAddress.ToString(),
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

        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2020, 6, 26, 15, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.AddConnectors(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return new XHarness(server, time, services.BuildServiceProvider(validateScopes: true));
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public XConnector Connector => Get<XConnector>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
