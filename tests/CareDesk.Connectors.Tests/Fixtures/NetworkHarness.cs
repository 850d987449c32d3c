using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareDesk.Connectors.Tests.Fixtures;

/// <summary>
/// One network's connector wired as production wires it (its Add{Network}Connector: options, typed HttpClient,
/// resilience pipeline) with its base addresses on a <see cref="FakeApiServer"/> and a fake clock.
/// </summary>
internal abstract class NetworkHarness : IAsyncDisposable
{
    protected NetworkHarness(Wiring wiring)
    {
        Server = wiring.Server;
        Time = wiring.Time;
        Services = wiring.Services;
    }

    public FakeApiServer Server { get; }

    public FakeTimeProvider Time { get; }

    protected ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }

    /// <param name="settings">The network's configuration keys, given the fake server's base address.</param>
    /// <param name="register">The production registration, e.g. <c>services.AddXConnector(configuration)</c>.</param>
    protected static async Task<Wiring> WireAsync(DateTimeOffset now, Func<Uri, Dictionary<string, string?>> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var server = await FakeApiServer.StartAsync();
        var time = new FakeTimeProvider(now);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(time).AddLogging();
        register(services, new ConfigurationBuilder().AddInMemoryCollection(settings(server.BaseAddress)).Build());
        return new Wiring(server, time, services.BuildServiceProvider(validateScopes: true));
    }

    protected sealed record Wiring(FakeApiServer Server, FakeTimeProvider Time, ServiceProvider Services);
}
