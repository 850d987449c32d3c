using System.ComponentModel.DataAnnotations;

namespace CareDesk.Ingestion.Channels;

/// <summary>How often the poller wakes to look for channels whose screening slot has come (each channel has its own interval).</summary>
public sealed class ChannelPollerOptions
{
    public const string SectionName = "Ingestion";

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollerTick { get; set; } = TimeSpan.FromSeconds(30);
}
