using System.Diagnostics;
using CareDesk.Messaging.RabbitMq;

namespace CareDesk.Worker.Tests.Infrastructure;

/// <summary>The real CareDesk.Worker executable as a child process, on the test's database and bus topology.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static WorkerProcess Start(RabbitMqOptions bus, string databasePath)
    {
        var assembly = RepositoryPaths.WorkerAssembly;
        File.Exists(assembly).ShouldBeTrue($"{assembly} is built with the tests (project reference)");
        var start = new ProcessStartInfo("dotnet", [assembly])
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in BusTestHost.Settings(bus, databasePath))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Worker__Urls"] = "http://127.0.0.1:0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        // Drained so a chatty worker never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process);
    }

    /// <summary>kill -9: no shutdown hooks, no acks, no flushing; whatever was in flight is the broker's to re-deliver.</summary>
    public void KillHard()
    {
        Process.Start("kill", ["-9", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
