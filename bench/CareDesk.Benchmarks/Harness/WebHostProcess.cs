using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// The real CareDesk.Web build (Release) started as a child process on 127.0.0.1 with a private SQLite file, so the
/// load generator measures Kestrel and the product as deployed; stopped by its own PID.
/// </summary>
public sealed class WebHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private WebHostProcess(Process process, string directory, Uri baseAddress)
    {
        _process = process;
        _directory = directory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string DatabasePath => Path.Combine(_directory, "caredesk.db");

    public static async Task<WebHostProcess> StartAsync(string repositoryRoot, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var dll = Environment.GetEnvironmentVariable("CAREDESK_WEB_DLL")
            ?? Path.Combine(repositoryRoot, "src", "CareDesk.Web", "bin", "Release", "net10.0", "CareDesk.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the web host first (eng/bench.sh does: dotnet build -c Release src/CareDesk.Web); not found: {dll}");
        }

        var directory = Directory.CreateTempSubdirectory("caredesk-bench-web-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        // The project folder is the content root, as with dotnet run: appsettings.json and wwwroot are found there.
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseAddress.ToString()])
        {
            WorkingDirectory = Path.Combine(repositoryRoot, "src", "CareDesk.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Path"] = Path.Combine(directory, "caredesk.db");
        start.Environment["Demo__IncludePosts"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 } text) { Console.Error.WriteLine("[web] " + text); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new WebHostProcess(process, directory, baseAddress);
        await host.WaitUntilReadyAsync(cancellationToken);
        return host;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web host exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                if ((await client.GetAsync("/health", cancellationToken)).StatusCode == HttpStatusCode.OK)
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
                // Still starting (migrations, model load).
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException("The web host was not ready within 90 s.");
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
