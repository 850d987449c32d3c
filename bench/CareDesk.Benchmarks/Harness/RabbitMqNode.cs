using System.Diagnostics;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// A private RabbitMQ node for the bus scenarios, started and stopped through eng/rabbitmq.sh (127.0.0.1, its own data
/// directory, stopped by its own PID). The harness installs nothing: without rabbitmq-server the scenario is skipped.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private const string ServerBinary = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    private readonly string _repositoryRoot;
    private readonly string _directory;

    private RabbitMqNode(string repositoryRoot, string directory, Uri uri)
    {
        _repositoryRoot = repositoryRoot;
        _directory = directory;
        Uri = uri;
    }

    public Uri Uri { get; }

    /// <summary>Why the bus scenarios cannot run on this machine, or null when they can.</summary>
    public static string? MissingReason() =>
        File.Exists(ServerBinary) ? null : $"rabbitmq-server is not installed ({ServerBinary} missing); the bench installs nothing (eng/test.sh or apt-get install rabbitmq-server does).";

    public static async Task<RabbitMqNode> StartAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cdbench-rabbit-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var (exitCode, output) = await RunScriptAsync(repositoryRoot, "start", directory, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"eng/rabbitmq.sh start failed (exit {exitCode}):\n{output}");
        }

        var settings = File.ReadAllLines(Path.Combine(directory, "broker.env")).Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
        return new RabbitMqNode(repositoryRoot, directory, new Uri(settings["AMQP_URI"]));
    }

    private static async Task<(int ExitCode, string Output)> RunScriptAsync(string repositoryRoot, string command, string directory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(repositoryRoot, "eng", "rabbitmq.sh"), command, directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    public async ValueTask DisposeAsync()
    {
        await RunScriptAsync(_repositoryRoot, "stop", _directory, CancellationToken.None);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
        catch (UnauthorizedAccessException)
        {
            // The node's files may still be closing; left for the OS temp cleaner.
        }
    }
}
