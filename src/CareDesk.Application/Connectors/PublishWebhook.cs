using CareDesk.Application.Abstractions;
using CareDesk.Application.Ingestion;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Connectors;

/// <summary>
/// Bus mode's front door for a signed push: verify the signature on the exact bytes, parse, and publish each item to the
/// ingestion bus keyed by tenant + conversation; the answer is "queued" only once the bus confirmed every item. If the
/// bus refuses, <see cref="IngestBusUnavailableException"/> reaches the endpoint (503 + Retry-After) and the network
/// re-delivers. Bodies nobody can parse or route are stored for replay exactly as in embedded mode.
/// </summary>
public sealed class PublishWebhookHandler(IAppDbContext db, IEnumerable<IWebhookConnector> webhooks, IIngestBus bus, TimeProvider time)
{
    public async Task<ReceiveWebhookResult> HandleAsync(string network, byte[] rawBody, string? signature, CancellationToken cancellationToken)
    {
        var connector = webhooks.ForNetwork(network);
        if (connector is null)
        {
            return new ReceiveWebhookResult(WebhookOutcome.UnknownNetwork);
        }

        if (!connector.IsSignatureValid(rawBody, signature))
        {
            return new ReceiveWebhookResult(WebhookOutcome.BadSignature);
        }

        var receivedAt = time.GetUtcNow();
        IReadOnlyList<WebhookDelivery> deliveries;
        try
        {
            deliveries = connector.Parse(rawBody);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return await KeepAsync(connector, rawBody, receivedAt, stored => stored.MarkFailed(receivedAt, $"{failure.GetType().Name}: {failure.Message}"), cancellationToken);
        }

        var items = new List<IngestItem>();
        var routed = true;
        foreach (var delivery in deliveries)
        {
            var channel = await db.Channels.AsNoTracking().Where(found => found.AccountId == delivery.AccountId)
                .Select(found => new { found.Key, found.BrandId }).FirstOrDefaultAsync(cancellationToken);
            if (channel is null)
            {
                routed = false;
                continue;
            }

            items.AddRange(delivery.Events.Select(item => new IngestItem(channel.Key, channel.BrandId.ToString("N"), item, receivedAt)));
        }

        await bus.PublishAsync(items, cancellationToken);
        if (!routed)
        {
            // Part of the body had no channel: kept whole, as embedded mode keeps it, so a person can route and replay it.
            await KeepAsync(connector, rawBody, receivedAt, stored => stored.MarkProcessed(receivedAt, items.Count, routed: false), cancellationToken);
        }

        return new ReceiveWebhookResult(WebhookOutcome.Queued, Items: items.Count);
    }

    private async Task<ReceiveWebhookResult> KeepAsync(IWebhookConnector connector, byte[] rawBody, DateTimeOffset receivedAt, Action<InboundWebhook> mark, CancellationToken cancellationToken)
    {
        var stored = InboundWebhook.Receive(connector.Network, System.Text.Encoding.UTF8.GetString(rawBody), receivedAt);
        mark(stored);
        db.InboundWebhooks.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return new ReceiveWebhookResult(WebhookOutcome.Accepted, stored.Id, stored.Status);
    }
}
