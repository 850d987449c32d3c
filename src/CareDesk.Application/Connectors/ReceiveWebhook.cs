using CareDesk.Application.Abstractions;
using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Connectors;

public enum WebhookOutcome
{
    UnknownNetwork,

    /// <summary>The signature does not match the raw body: refused before anything is parsed or stored.</summary>
    BadSignature,

    /// <summary>Stored and processed (or stored as unrouted / failed for replay): the network may stop retrying.</summary>
    Accepted,

    /// <summary>Confirmed by the ingestion bus (bus mode): a worker stores it; the network may stop retrying (202).</summary>
    Queued,
}

public sealed record ReceiveWebhookResult(WebhookOutcome Outcome, Guid? WebhookId = null, InboundWebhookStatus? Status = null, int Items = 0);

/// <summary>
/// A signed push from a network: verify the signature on the exact bytes, store the body, then parse and ingest it.
/// A body that cannot be parsed or stored as posts stays in the inbound store with its error, for replay.
/// </summary>
public sealed class ReceiveWebhookHandler(IAppDbContext db, IEnumerable<IWebhookConnector> webhooks, ReceiveChannelEventsHandler receive, ScreeningGapResolver gaps, TimeProvider time)
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

        var stored = InboundWebhook.Receive(connector.Network, System.Text.Encoding.UTF8.GetString(rawBody), time.GetUtcNow());
        db.InboundWebhooks.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return await ProcessAsync(connector, stored, cancellationToken);
    }

    /// <summary>Parses and ingests a stored delivery; also used to replay one that failed or was interrupted.</summary>
    public async Task<ReceiveWebhookResult> ProcessAsync(IWebhookConnector connector, InboundWebhook stored, CancellationToken cancellationToken)
    {
        try
        {
            var items = 0;
            var routed = true;
            foreach (var delivery in connector.Parse(System.Text.Encoding.UTF8.GetBytes(stored.Body)))
            {
                var channel = await db.Channels.FirstOrDefaultAsync(found => found.AccountId == delivery.AccountId, cancellationToken);
                if (channel is null)
                {
                    routed = false;
                    continue;
                }

                var received = await receive.HandleAsync(channel, delivery.Events, stored.ReceivedAt, cancellationToken);
                items += received.Total;
                await RecordPushAsync(channel, received.Created, cancellationToken);
            }

            stored.MarkProcessed(time.GetUtcNow(), items, routed);
            await db.SaveChangesAsync(cancellationToken);
            return new ReceiveWebhookResult(WebhookOutcome.Accepted, stored.Id, stored.Status, items);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Whatever broke, the body is already stored: keep it as failed, with the reason, for a person to replay.
            db.ChangeTracker.Clear();
            var reloaded = await db.InboundWebhooks.SingleAsync(found => found.Id == stored.Id, cancellationToken);
            reloaded.MarkFailed(time.GetUtcNow(), $"{failure.GetType().Name}: {failure.Message}");
            await db.SaveChangesAsync(cancellationToken);
            return new ReceiveWebhookResult(WebhookOutcome.Accepted, reloaded.Id, reloaded.Status);
        }
    }

    private async Task RecordPushAsync(Channel channel, int created, CancellationToken cancellationToken)
    {
        var health = await db.HealthOfAsync(channel.Id, cancellationToken);
        health.RecordPush(time.GetUtcNow(), created);
        await gaps.ResolveAsync(channel, time.GetUtcNow(), cancellationToken);
    }
}
