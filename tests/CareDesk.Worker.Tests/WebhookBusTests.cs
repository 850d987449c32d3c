using System.Net;
using System.Net.Sockets;
using CareDesk.Worker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Worker.Tests;

/// <summary>
/// The web host in bus mode: a signed webhook is answered 202 only after RabbitMQ confirmed it, and a worker then
/// stores it; with the broker down the answer is 503 with Retry-After (the network retries), never 202.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class WebhookBusTests(RabbitMqBroker broker)
{
    private const string Fixture = "facebook/webhooks/restfb__restfb/webhooks/feed-comment-add-211.json";
    private const string ExternalId = "901097836652708_903438993085259";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Webhook_WhenTheBrokerIsDown_Answers503WithRetryAfterAndReportsNotReady()
    {
        var closedPort = ClosedPort();
        await using var web = new BusModeWebFactory(new Dictionary<string, string?>
        {
            ["RabbitMq:Uri"] = $"amqp://guest:guest@127.0.0.1:{closedPort}/",
            ["RabbitMq:ConfirmTimeout"] = "00:00:03",
        });
        await web.ConfigureFacebookPageAsync();

        var response = await web.PostSignedMetaAsync(File.ReadAllBytes(RepositoryPaths.SocialFixture(Fixture)));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(5));
        (await web.QueryAsync(db => db.Posts.CountAsync(post => post.ExternalId == ExternalId, Token))).ShouldBe(0);
        using var probe = web.CreateClient();
        (await probe.GetAsync("/health/live", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await probe.GetAsync("/health/ready", Token)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Webhook_WhenTheBrokerConfirms_Answers202AndAWorkerStoresThePostOnce()
    {
        broker.EnsureRunning();
        var topology = broker.NewTopology(partitions: 4);
        await using var web = new BusModeWebFactory(BusTestHost.Settings(topology, databasePath: "unused")
            .Where(pair => pair.Key.StartsWith("RabbitMq:", StringComparison.Ordinal)).ToDictionary());
        await web.ConfigureFacebookPageAsync();
        await using var worker = await BusTestHost.StartAsync(topology, databasePath: web.DatabasePath);
        var body = File.ReadAllBytes(RepositoryPaths.SocialFixture(Fixture));

        var first = await web.PostSignedMetaAsync(body);
        var again = await web.PostSignedMetaAsync(body);

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        again.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Poller.UntilAsync(() => worker.CountPostsAsync([ExternalId]), count => count == 1, TimeSpan.FromSeconds(120), "the webhook's comment stored");
        var post = await web.QueryAsync(db => db.Posts.SingleAsync(found => found.ExternalId == ExternalId, Token));
        post.Text.ShouldBe("and the next one");
        using var probe = web.CreateClient();
        (await probe.GetAsync("/health/ready", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
