using System.Diagnostics;
using HdrHistogram;

namespace CareDesk.Benchmarks.Harness;

/// <summary>What one load step measured: completed requests per second, latency percentiles (ms) and failures.</summary>
public sealed record LoadStep(double RequestsPerSecond, double P50Ms, double P99Ms, double P999Ms, long Completed, long Failed)
{
    public static LoadStep From(LongHistogram latencyMicroseconds, long completed, long failed, TimeSpan elapsed) => new(
        completed / elapsed.TotalSeconds,
        latencyMicroseconds.GetValueAtPercentile(50) / 1000.0,
        latencyMicroseconds.GetValueAtPercentile(99) / 1000.0,
        latencyMicroseconds.GetValueAtPercentile(99.9) / 1000.0,
        completed,
        failed);
}

/// <summary>
/// A small in-repo load generator (NBomber is not on the mirror): closed-loop saturation with a fixed number of
/// connections, and open-loop fixed offered rates whose latency counts from the scheduled send time, so a slow server
/// cannot hide its queueing (no coordinated omission).
/// </summary>
public static class LoadGenerator
{
    private const long MaxLatencyMicroseconds = 120_000_000;

    public static async Task<LoadStep> SaturateAsync(HttpClient client, Func<long, HttpRequestMessage> request, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        var histogram = new LongHistogram(MaxLatencyMicroseconds, 3);
        long sequence = -1, completed = 0, failed = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            while (watch.Elapsed < duration)
            {
                var sent = Stopwatch.GetTimestamp();
                var ok = await SendAsync(client, request(Interlocked.Increment(ref sequence)), cancellationToken);
                Record(histogram, sent);
                Count(ok, ref completed, ref failed);
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
        return LoadStep.From(histogram, completed, failed, watch.Elapsed);
    }

    public static async Task<LoadStep> OfferAsync(HttpClient client, Func<long, HttpRequestMessage> request, double perSecond, TimeSpan duration, long sequenceStart, CancellationToken cancellationToken)
    {
        var histogram = new LongHistogram(MaxLatencyMicroseconds, 3);
        long completed = 0, failed = 0, scheduled = 0;
        var total = (long)(perSecond * duration.TotalSeconds);
        var inFlight = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var watch = Stopwatch.StartNew();
        while (scheduled < total)
        {
            var due = Math.Min(total, (long)(watch.Elapsed.TotalSeconds * perSecond) + 1);
            for (; scheduled < due; scheduled++)
            {
                var intended = start + (long)(scheduled / perSecond * Stopwatch.Frequency);
                var message = request(sequenceStart + scheduled);
                inFlight.Add(Task.Run(async () =>
                {
                    var ok = await SendAsync(client, message, cancellationToken);
                    Record(histogram, intended);
                    Count(ok, ref completed, ref failed);
                }, cancellationToken));
            }

            await Task.Delay(1, cancellationToken);
        }

        await Task.WhenAll(inFlight);
        return LoadStep.From(histogram, completed, failed, watch.Elapsed);
    }

    private static async Task<bool> SendAsync(HttpClient client, HttpRequestMessage message, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(message, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            message.Dispose();
        }
    }

    private static void Count(bool ok, ref long completed, ref long failed)
    {
        if (ok)
        {
            Interlocked.Increment(ref completed);
        }
        else
        {
            Interlocked.Increment(ref failed);
        }
    }

    private static void Record(LongHistogram histogram, long since)
    {
        var micros = Math.Min(MaxLatencyMicroseconds, (long)Stopwatch.GetElapsedTime(since).TotalMicroseconds);
        lock (histogram)
        {
            histogram.RecordValue(Math.Max(1, micros));
        }
    }
}
