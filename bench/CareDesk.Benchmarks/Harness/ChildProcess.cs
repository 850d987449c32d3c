using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CareDesk.Benchmarks.Harness;

/// <summary>
/// What the web and worker child processes share: start with stderr echoed under a tag, a free loopback port, waiting
/// until a health endpoint answers 200 (giving up when the process dies or 90 s pass), and stopping by the process's PID.
/// </summary>
internal static class ChildProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static Process Start(ProcessStartInfo start, string tag)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 } text) { Console.Error.WriteLine($"[{tag}] {text}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task WaitUntilHealthyAsync(Process process, Uri baseAddress, string path, string what, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Patience)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The {what} exited with code {process.ExitCode} before it was ready.");
            }

            try
            {
                if ((await client.GetAsync(path, cancellationToken)).StatusCode == HttpStatusCode.OK)
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

        throw new TimeoutException($"The {what} was not ready within {Patience.TotalSeconds:0} s.");
    }

    public static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
