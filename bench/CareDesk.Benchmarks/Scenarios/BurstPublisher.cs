using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CareDesk.Benchmarks.Harness;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>
/// Open-loop publishing for S6: items sent at a fixed rate whatever the broker's confirms are doing, each a new post in
/// a conversation of its own (so each has its own case and clocks), each stamped as received when it is sent.
/// </summary>
public sealed class BurstPublisher(BusRig rig, string prefix, ConcurrentDictionary<string, DateTimeOffset> stamped)
{
    private readonly ConcurrentBag<Task> _pending = [];
    private long _sequence;
    private long _confirmed;
    private long _failed;

    /// <summary>Items the broker confirmed so far: from here on each is "accepted" and must end up stored.</summary>
    public long Confirmed => Interlocked.Read(ref _confirmed);

    public long Failed => Interlocked.Read(ref _failed);

    public async Task OfferAsync(double perSecond, TimeSpan duration, CancellationToken cancellationToken)
    {
        var total = (long)Math.Max(1, perSecond * duration.TotalSeconds);
        var watch = Stopwatch.StartNew();
        for (long scheduled = 0; scheduled < total;)
        {
            var due = Math.Min(total, (long)(watch.Elapsed.TotalSeconds * perSecond) + 1);
            for (; scheduled < due; scheduled++)
            {
                _pending.Add(PublishOneAsync(Interlocked.Increment(ref _sequence), cancellationToken));
            }

            await Task.Delay(5, cancellationToken);
        }

        // The step lasts its full duration even when the last item was due early (low rates).
        var rest = duration - watch.Elapsed;
        if (rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, cancellationToken);
        }
    }

    public Task CompleteAsync() => Task.WhenAll(_pending);

    private async Task PublishOneAsync(long sequence, CancellationToken cancellationToken)
    {
        var id = prefix + sequence.ToString(CultureInfo.InvariantCulture);
        var item = rig.Post(id, id + "-thread", Text(sequence));
        try
        {
            await rig.Topology.Publisher.PublishAsync([item], cancellationToken);
            stamped[id] = item.ReceivedAt;
            Interlocked.Increment(ref _confirmed);
        }
        catch (Application.Ingestion.IngestBusUnavailableException)
        {
            // Not confirmed: the web host would have answered 503, so nobody was told it was accepted.
            Interlocked.Increment(ref _failed);
        }
    }

    /// <summary>Crisis-day texts: adverse-event reports mixed with questions and complaints.</summary>
    public static string Text(long sequence) => (sequence % 4) switch
    {
        0 => "Cardiozen gave me chest pain and dizziness this morning, should I stop taking it?",
        1 => "Is it true Cardiozen is being recalled? I just picked up my refill",
        2 => "The Cardiozen box I got was already opened, who do I complain to",
        _ => "Why is everyone talking about Cardiozen today",
    };
}
