using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

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

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Worker__Urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 } text) { Console.Error.WriteLine("[worker] " + text); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var worker = new WorkerHostProcess(process);
        await worker.WaitUntilReadyAsync(new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"), cancellationToken);
        return worker;
    }

    /// <summary>kill -9: no shutdown hooks and no acks; what it held unacknowledged is the broker's to re-deliver.</summary>
    public void KillHard()
    {
        using var kill = Process.Start("kill", ["-9", Id.ToString(CultureInfo.InvariantCulture)]);
        kill?.WaitForExit();
        _process.WaitForExit();
    }

    private async Task WaitUntilReadyAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                if ((await client.GetAsync("/health/ready", cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Still loading the model.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException("The worker was not ready within 90 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
