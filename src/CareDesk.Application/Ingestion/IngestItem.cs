using System.Text.Json;
using System.Text.Json.Serialization;
using CareDesk.Application.Common;
using CareDesk.Application.Connectors;

namespace CareDesk.Application.Ingestion;

/// <summary>
/// One normalised inbound item on its way to the intake: which channel it arrived on, the brand the channel belongs to
/// (the tenant boundary today), what happened, and when CareDesk accepted it. <paramref name="ReceivedAt"/> is stamped
/// at the door, never by the worker, so SLA and PV clocks start when the item was accepted, not when it was processed.
/// </summary>
public sealed record IngestItem(string ChannelKey, string BrandKey, ChannelEvent Event, DateTimeOffset ReceivedAt)
{
    /// <summary>
    /// The partition key: tenant + conversation (thread root). Every item of one conversation lands on one partition and
    /// is processed in order; a brand's crisis still spreads over all partitions because its conversations differ.
    /// </summary>
    [JsonIgnore]
    public string ConversationKey => $"{BrandKey}/{Event.ThreadId ?? Event.ParentId ?? Event.ExternalId}";

    /// <summary>Stable across re-deliveries of the same change, so a duplicate publish is recognisably the same message.</summary>
    [JsonIgnore]
    public string MessageId =>
        $"{ChannelKey}:{Event.ExternalId}:{Event.Kind}:{(Event.OccurredAt ?? ReceivedAt).ToUnixTimeMilliseconds()}";

    /// <summary>The item in CareDesk's JSON form, as the bus carries it and a dead letter keeps it.</summary>
    public static byte[] Encode(IngestItem item) => JsonSerializer.SerializeToUtf8Bytes(item, CareDeskJson.Options);

    /// <summary>The item back from <see cref="Encode"/>, or <see cref="PoisonIngestItemException"/> when no retry could ever read it.</summary>
    public static IngestItem Decode(ReadOnlySpan<byte> body)
    {
        try
        {
            var item = JsonSerializer.Deserialize<IngestItem>(body, CareDeskJson.Options);
            if (item is null || string.IsNullOrWhiteSpace(item.ChannelKey) || item.Event is null || string.IsNullOrWhiteSpace(item.Event.ExternalId))
            {
                throw new PoisonIngestItemException("The message is not an ingest item: channelKey, event and event.externalId are required.");
            }

            return item;
        }
        catch (JsonException invalid)
        {
            throw new PoisonIngestItemException($"The message body is not readable JSON: {invalid.Message}", invalid);
        }
    }
}
