using System.Diagnostics;
using CareDesk.Messaging.RabbitMq;

namespace CareDesk.Worker.Tests.Infrastructure;

/// <summary>
/// A real RabbitMQ node on 127.0.0.1, started once for the bus tests by eng/rabbitmq.sh (which installs the Debian
/// package when missing, as root). If it cannot start every test fails with the script's output, unless
/// CAREDESK_SKIP_RABBITMQ=1 says this machine cannot run one. When eng/test.sh already started one for the whole run
/// (CAREDESK_RABBITMQ_URI), that one is used. Each test uses its own queue prefix, so tests never see each other's messages.
/// </summary>
public sealed class RabbitMqBroker : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cdrabbit-" + Guid.NewGuid().ToString("N")[..8]);
    private string? _failure;
    private bool _started;

    public Uri Uri { get; private set; } = new("amqp://guest:guest@127.0.0.1:1/");

    /// <summary>The node's directory (its own, or CAREDESK_RABBITMQ_DIR from eng/test.sh), for a restart.</summary>
    public string Directory => Environment.GetEnvironmentVariable("CAREDESK_RABBITMQ_DIR") is { Length: > 0 } shared && !_started ? shared : _directory;

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("CAREDESK_RABBITMQ_URI") is { Length: > 0 } shared)
        {
            Uri = new Uri(shared);
            return;
        }

        _started = true;
        var (exitCode, output) = await RunScriptAsync("start");
        if (exitCode != 0)
        {
            _failure = $"eng/rabbitmq.sh start failed (exit {exitCode}); the ingestion bus tests need a local RabbitMQ. Output:\n{output}";
            return;
        }

        var settings = File.ReadAllLines(Path.Combine(_directory, "broker.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        Uri = new Uri(settings["AMQP_URI"]);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_started)
        {
            return;
        }

        await RunScriptAsync("stop");
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner; a later run uses a new directory.
        }
    }

    /// <summary>Stops the node and starts it again on the same port with the same data, as an operator's restart would.</summary>
    public async Task RestartAsync()
    {
        var (exitCode, output) = await RunScriptAsync("restart");
        exitCode.ShouldBe(0, output);
    }

    /// <summary>Fails the test with the reason the broker did not start (or skips it where that is allowed).</summary>
    public void EnsureRunning()
    {
        if (_failure is null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CAREDESK_SKIP_RABBITMQ") == "1")
        {
            Assert.Skip("CAREDESK_SKIP_RABBITMQ=1: " + _failure);
        }

        Assert.Fail(_failure + "\nSet CAREDESK_SKIP_RABBITMQ=1 to skip the bus tests on a machine that cannot run RabbitMQ.");
    }

    /// <summary>Bus settings of a topology no other test uses.</summary>
    public RabbitMqOptions NewTopology(int partitions = 4) => new()
    {
        Uri = Uri,
        Prefix = "t" + Guid.NewGuid().ToString("N")[..10],
        Partitions = partitions,
        Prefetch = 50,
        DeliveryLimit = 3,
        ConfirmTimeout = TimeSpan.FromSeconds(10),
    };

    private async Task<(int ExitCode, string Output)> RunScriptAsync(string command)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "eng", "rabbitmq.sh"), command, command == "restart" ? Directory : _directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // Generous: the first run on a clean machine installs the package with apt; the node itself starts in ~10-20 s.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout.WaitAsync(timeout.Token) + await stderr.WaitAsync(timeout.Token));
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return (-1, exception.Message);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqBroker>
{
    public const string Name = "rabbitmq";
}
