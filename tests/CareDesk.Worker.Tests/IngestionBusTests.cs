using CareDesk.Application.Ingestion;
using CareDesk.Worker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace CareDesk.Worker.Tests;

/// <summary>
/// The RabbitMQ ingestion bus against a real broker (eng/rabbitmq.sh): publisher confirms, consistent-hash partitions
/// with single active consumer, ack after commit, idempotent intake, and the dead-letter path (ADR-020).
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class IngestionBusTests(RabbitMqBroker broker)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_WhenEveryItemIsPublishedTwice_StoresEachPostExactlyOnceInItsThreadsCase()
    {
        broker.EnsureRunning();
        await using var host = await BusTestHost.StartAsync(broker.NewTopology(partitions: 4));
        var run = Guid.NewGuid().ToString("N")[..8];
        var items = Enumerable.Range(0, 30)
            .Select(i => host.NewPost($"{run}-{i}", $"Where can I buy Cardiozen, question {i}?", threadId: $"{run}-thread-{i % 10}"))
            .ToArray();

        await host.PublishAsync(items);
        await host.PublishAsync(items); // a network retry, or a web node publishing again after a timeout

        var ids = items.Select(item => item.Event.ExternalId).ToList();
        await Poller.UntilAsync(() => host.CountPostsAsync(ids), count => count == 30, Patience, "30 posts stored");
        // A sentinel per thread goes to the same partition after the duplicates; once stored, the duplicates were consumed.
        var sentinels = Enumerable.Range(0, 10).Select(t => host.NewPost($"{run}-sentinel-{t}", "Thanks!", threadId: $"{run}-thread-{t}")).ToArray();
        await host.PublishAsync(sentinels);
        await Poller.UntilAsync(() => host.CountPostsAsync(sentinels.Select(item => item.Event.ExternalId).ToList()), count => count == 10, Patience, "sentinels stored");

        var posts = await host.QueryAsync(db => db.Posts.Where(post => ids.Contains(post.ExternalId)).Select(post => new { post.Id, post.CaseId }).ToListAsync(Token));
        posts.Count.ShouldBe(30);
        posts.Select(post => post.CaseId).Distinct().Count().ShouldBe(10);
        var postIds = posts.Select(post => post.Id.ToString()).ToList();
        var received = await host.QueryAsync(db => db.AuditEntries.CountAsync(entry => entry.Action == "post.received" && postIds.Contains(entry.EntityId), Token));
        received.ShouldBe(30);
    }

    [Fact]
    public async Task Consume_WhenManyConversationsArePublishedAtOnceOverEightPartitions_StoresEachConversationInPublishOrder()
    {
        broker.EnsureRunning();
        await using var host = await BusTestHost.StartAsync(broker.NewTopology(partitions: 8));
        var run = Guid.NewGuid().ToString("N")[..8];
        const int conversations = 24, perConversation = 8;

        // Conversations concurrently, each one's posts one after the other (as a network delivers a thread).
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
        {
            for (var n = 0; n < perConversation; n++)
            {
                await host.PublishAsync(host.NewPost($"{run}-{c}-{n}", $"Cardiozen question {n} in thread {c}", threadId: $"{run}-c{c}"));
            }
        }));

        var ids = Enumerable.Range(0, conversations).SelectMany(c => Enumerable.Range(0, perConversation).Select(n => $"{run}-{c}-{n}")).ToList();
        await Poller.UntilAsync(() => host.CountPostsAsync(ids), count => count == ids.Count, Patience, "every post stored");

        var posts = await host.QueryAsync(db => db.Posts.Where(post => ids.Contains(post.ExternalId)).Select(post => new { post.Id, post.ExternalId }).ToListAsync(Token));
        // Audit entries name the post by its id as text (lower case, as Guid.ToString writes it).
        var externalIdOf = posts.ToDictionary(post => post.Id.ToString(), post => post.ExternalId);
        var postIds = externalIdOf.Keys.ToList();
        var order = await host.QueryAsync(db => db.AuditEntries.Where(entry => entry.Action == "post.received" && postIds.Contains(entry.EntityId))
            .Select(entry => new { entry.EntityId, entry.Sequence }).ToListAsync(Token));
        order.Count.ShouldBe(ids.Count);
        var violations = order.OrderBy(entry => entry.Sequence)
            .Select(entry => externalIdOf[entry.EntityId].Split('-'))
            .GroupBy(parts => parts[1])
            .Count(thread => !thread.Select(parts => int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)).SequenceEqual(Enumerable.Range(0, perConversation)));
        violations.ShouldBe(0, "conversations stored out of publish order");
    }

    [Fact]
    public async Task Consume_WhenAMessageCanNeverBeStored_DeadLettersItWithItsReasonAuditsItAndKeepsThePartitionMoving()
    {
        broker.EnsureRunning();
        var topology = broker.NewTopology(partitions: 2);
        await using var host = await BusTestHost.StartAsync(topology);
        var run = Guid.NewGuid().ToString("N")[..8];
        var garbageId = $"{run}-garbage";
        await PublishRawAsync(topology.Uri, topology.ExchangeName, $"{run}-conversation", garbageId, "{\"channelKey\": \"x-cardiozen-us\", \"event\": "u8.ToArray());
        var unknownChannel = host.NewPost($"{run}-lost", "Cardiozen made me dizzy", threadId: $"{run}-conversation") with { ChannelKey = "no-such-channel" };
        await host.PublishAsync(unknownChannel);
        var after = host.NewPost($"{run}-after", "Still waiting on my Cardiozen refill", threadId: $"{run}-conversation");
        await host.PublishAsync(after);

        var letters = await Poller.UntilAsync(
            () => host.RunAsync((ListIngestDeadLettersHandler handler, CancellationToken ct) => handler.HandleAsync(1000, ct)),
            found => found.Count(letter => letter.MessageId == garbageId || letter.MessageId == unknownChannel.MessageId) == 2,
            Patience, "both poison messages in the dead-letter list");

        letters.Single(letter => letter.MessageId == garbageId).Reason.ShouldContain("not readable JSON");
        var lost = letters.Single(letter => letter.MessageId == unknownChannel.MessageId);
        lost.Reason.ShouldContain("no-such-channel");
        lost.Body.ShouldContain("Cardiozen made me dizzy");
        lost.SourceQueue.ShouldStartWith(topology.Prefix + ".p");
        var letterIds = letters.Select(letter => letter.Id.ToString()).ToList();
        var audited = await host.QueryAsync(db => db.AuditEntries.CountAsync(entry => entry.Action == "ingest.dead_lettered" && letterIds.Contains(entry.EntityId), Token));
        audited.ShouldBe(letters.Count);
        await Poller.UntilAsync(() => host.CountPostsAsync([after.Event.ExternalId]), count => count == 1, Patience, "the post behind the poison messages");
    }

    private static async Task PublishRawAsync(Uri uri, string exchange, string routingKey, string messageId, byte[] body)
    {
        var factory = new ConnectionFactory { Uri = uri };
        await using var connection = await factory.CreateConnectionAsync(Token);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), Token);
        await channel.BasicPublishAsync(exchange, routingKey, mandatory: true, new BasicProperties { MessageId = messageId, Persistent = true }, body, Token);
    }
}
