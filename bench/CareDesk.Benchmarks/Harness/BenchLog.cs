using System.Diagnostics;
using System.Globalization;

namespace CareDesk.Benchmarks.Harness;

/// <summary>Progress lines on stderr, so a slow or stuck step on a loaded machine shows where it is.</summary>
public static class BenchLog
{
    private static readonly long Started = Stopwatch.GetTimestamp();

    public static void Step(string scenario, string message) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{scenario} +{Stopwatch.GetElapsedTime(Started).TotalSeconds:0.0}s] {message}"));
}
