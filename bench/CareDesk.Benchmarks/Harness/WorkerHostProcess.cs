using System.Diagnostics;
using System.Globalization;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// The real CareDesk.Worker build (Release) as a child process on a given SQLite file and bus topology; ready once its
/// /health/ready answers 200 (database and broker reachable). Killed with SIGKILL by its own PID for the failover scenario.
/// </summary>
public sealed class WorkerHostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private WorkerHostProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static async Task<WorkerHostProcess> StartAsync(string repositoryRoot, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(repositoryRoot, "src", "CareDesk.Worker", "bin", "Release", "net10.0", "CareDesk.Worker.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the worker first (eng/bench.sh does: dotnet build -c Release src/CareDesk.Worker); not found: {dll}");
        }

        var port = ChildProcess.FreePort();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Worker__Urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = ChildProcess.Start(start, "worker");
        var worker = new WorkerHostProcess(process);
        try
        {
            await ChildProcess.WaitUntilHealthyAsync(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"), "/health/ready", "worker", cancellationToken);
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }

        return worker;
    }

    /// <summary>kill -9: no shutdown hooks and no acks; what it held unacknowledged is the broker's to re-deliver.</summary>
    public void KillHard()
    {
        using var kill = Process.Start("kill", ["-9", Id.ToString(CultureInfo.InvariantCulture)]);
        kill?.WaitForExit();
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync() => new(ChildProcess.StopAsync(_process));
}
