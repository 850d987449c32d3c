namespace CareDesk.Messaging;

/// <summary>How a host moves accepted items to the intake (configuration <c>Ingestion:Mode</c>, ADR-020).</summary>
public enum IngestionMode
{
    /// <summary>Single node (SQLite): the web host stores each item in the request and runs the background work itself.</summary>
    Embedded,

    /// <summary>Scaled out: the web host only publishes to RabbitMQ; CareDesk.Worker processes consume and run the background work.</summary>
    Bus,
}

public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    public IngestionMode Mode { get; set; } = IngestionMode.Embedded;
}
