using System.Diagnostics;
using System.Text;
using CareDesk.Application.Ingestion;
using RabbitMQ.Client;

namespace CareDesk.Messaging.RabbitMq;

/// <summary>
/// The wire form of an <see cref="IngestItem"/>: JSON body (CareDesk's JSON conventions), persistent, with the tenant,
/// channel and conversation as headers for operators and the W3C trace context (traceparent/tracestate) so the
/// worker's span continues the web request's trace.
/// </summary>
public static class IngestMessage
{
    public const string ChannelHeader = "x-caredesk-channel";
    public const string TenantHeader = "x-caredesk-tenant";
    public const string ConversationHeader = "x-caredesk-conversation";
    public const string ReasonHeader = "x-caredesk-reason";
    public const string SourceQueueHeader = "x-caredesk-source-queue";
    public const string DeliveriesHeader = "x-caredesk-deliveries";
    public const string TraceParentHeader = "traceparent";
    public const string TraceStateHeader = "tracestate";

    public static byte[] Encode(IngestItem item) => IngestItem.Encode(item);

    /// <summary>The item, or <see cref="PoisonIngestItemException"/> when no retry could ever read it.</summary>
    public static IngestItem Decode(ReadOnlySpan<byte> body) => IngestItem.Decode(body);

    public static BasicProperties PropertiesFor(IngestItem item, Activity? trace)
    {
        var headers = new Dictionary<string, object?>
        {
            [ChannelHeader] = item.ChannelKey,
            [TenantHeader] = item.BrandKey,
            [ConversationHeader] = item.ConversationKey,
        };
        Inject(trace, headers);
        return new BasicProperties
        {
            Persistent = true,
            ContentType = "application/json",
            MessageId = item.MessageId,
            Headers = headers,
        };
    }

    /// <summary>Writes the W3C trace context of <paramref name="trace"/> into the headers (nothing when there is no trace).</summary>
    public static void Inject(Activity? trace, IDictionary<string, object?> headers)
    {
        if (trace is null || trace.IdFormat != ActivityIdFormat.W3C)
        {
            return;
        }

        headers[TraceParentHeader] = trace.Id;
        if (!string.IsNullOrEmpty(trace.TraceStateString))
        {
            headers[TraceStateHeader] = trace.TraceStateString;
        }
    }

    /// <summary>The publisher's trace context from the headers, or default when it sent none (or garbage).</summary>
    public static ActivityContext Extract(IDictionary<string, object?>? headers)
    {
        var parent = HeaderText(headers, TraceParentHeader);
        return parent is not null && ActivityContext.TryParse(parent, HeaderText(headers, TraceStateHeader), isRemote: true, out var context)
            ? context
            : default;
    }

    /// <summary>AMQP delivers string headers as bytes; this reads either.</summary>
    public static string? HeaderText(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => null,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        } : null;
}
