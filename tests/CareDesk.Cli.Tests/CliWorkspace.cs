using Microsoft.Data.Sqlite;

namespace CareDesk.Cli.Tests;

public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>A fresh temporary directory with its own SQLite file, deleted afterwards; runs the CLI in-process against it.</summary>
public sealed class CliWorkspace : IDisposable
{
    public CliWorkspace()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("caredesk-cli-tests-").FullName;
        DatabasePath = Path.Combine(Directory, "data", "caredesk.db");
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    /// <summary>Runs the CLI with --database pointing at this workspace's file.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    public async Task<CliResult> RunWithInputAsync(string? stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin ?? string.Empty);
        var exitCode = await CliApp.RunAsync([.. args, "--database", DatabasePath], output, error, input);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public async Task SeedDemoAsync()
    {
        var seeded = await RunAsync("db", "seed-demo");
        seeded.ExitCode.ShouldBe(0, seeded.Error);
    }

    public string WriteFile(string name, params string[] lines)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
