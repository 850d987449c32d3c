using System.Diagnostics;

[assembly: AssemblyFixture(typeof(CareDesk.Persistence.Tests.Infrastructure.PostgresServer))]

namespace CareDesk.Persistence.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run. eng/test.sh starts it (eng/postgres.sh) and exports CAREDESK_POSTGRES;
/// run on its own ("dotnet test tests/CareDesk.Persistence.Tests") this fixture starts and stops one the same way.
/// Only when the server binary is missing and CAREDESK_SKIP_POSTGRES=1 are the PostgreSQL rows skipped.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string ConnectionVariable = "CAREDESK_POSTGRES";
    public const string SkipVariable = "CAREDESK_SKIP_POSTGRES";

    private string? _startedIn;

    /// <summary>The connection string of the server's maintenance database ("caredesk"); tests create their own next to it.</summary>
    public string? ConnectionString { get; private set; }

    /// <summary>Why the PostgreSQL rows are skipped, or null when they run.</summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        ConnectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return;
        }

        var binaries = Environment.GetEnvironmentVariable("POSTGRES_BIN") ?? "/usr/lib/postgresql/15/bin";
        if (!File.Exists(Path.Combine(binaries, "postgres")) && Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            SkipReason = $"PostgreSQL is not installed ({binaries}/postgres) and {SkipVariable}=1: the PostgreSQL rows of the provider matrix did not run.";
            return;
        }

        _startedIn = Directory.CreateTempSubdirectory("caredesk-persistence-pg-").FullName;
        await RunScriptAsync("start");
        ConnectionString = (await File.ReadAllTextAsync(Path.Combine(_startedIn, "connection-string"))).Trim();
    }

    public async ValueTask DisposeAsync()
    {
        if (_startedIn is null)
        {
            return;
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        await RunScriptAsync("stop");
        Directory.Delete(_startedIn, recursive: true);
    }

    private async Task RunScriptAsync(string verb)
    {
        var script = Path.Combine(RepositoryRoot(), "eng", "postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb, _startedIn!])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start bash for eng/postgres.sh.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"eng/postgres.sh {verb} failed ({process.ExitCode}): {await errors}{await output}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CareDesk.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CareDesk.slnx not found above " + AppContext.BaseDirectory);
    }
}
