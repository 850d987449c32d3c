using System.Diagnostics;

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
        var baseAddress = new Uri($"http://127.0.0.1:{ChildProcess.FreePort()}");
        // The project folder is the content root, as with dotnet run: appsettings.json and wwwroot are found there.
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseAddress.ToString()])
        {
            WorkingDirectory = Path.Combine(repositoryRoot, "src", "CareDesk.Web"),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Path"] = Path.Combine(directory, "caredesk.db");
        start.Environment["Demo__IncludePosts"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = ChildProcess.Start(start, "web");
        var host = new WebHostProcess(process, directory, baseAddress);
        try
        {
            await ChildProcess.WaitUntilHealthyAsync(process, baseAddress, "/health", "web host", cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await ChildProcess.StopAsync(_process);
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
