using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CareDesk.Application.Ingestion;

/// <summary>
/// The ingestion pipeline's traces and metrics, named once so web (publish), worker (consume) and the OpenTelemetry
/// set-up in the hosts agree. Plain System.Diagnostics: the Application layer needs no OpenTelemetry package.
/// </summary>
public static class IngestTelemetry
{
    /// <summary>Not "CareDesk.Ingestion": that is the background-services assembly, which Application must not name (architecture tests).</summary>
    public const string SourceName = "CareDesk.IngestBus";

    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    /// <summary>Items the front door accepted (confirmed by the bus, or committed in embedded mode).</summary>
    public static readonly Counter<long> Accepted = Meter.CreateCounter<long>("caredesk.ingest.accepted", "{item}", "Inbound items accepted at the front door");

    /// <summary>Items the intake committed (new, repeat or change).</summary>
    public static readonly Counter<long> Processed = Meter.CreateCounter<long>("caredesk.ingest.processed", "{item}", "Inbound items committed by the intake");

    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("caredesk.ingest.dead_lettered", "{item}", "Inbound items given up on and kept as dead letters");

    /// <summary>From acceptance at the door to the intake's commit: the queue lag a person waiting on the triage queue feels.</summary>
    public static readonly Histogram<double> Lag = Meter.CreateHistogram<double>("caredesk.ingest.lag", "ms", "Time from acceptance to commit");
}
