using System.Collections.Concurrent;
using System.Diagnostics;
using CareDesk.Application.Ingestion;
using CareDesk.Infrastructure.Telemetry;
using CareDesk.Worker.Tests.Infrastructure;

namespace CareDesk.Worker.Tests;

/// <summary>One trace from the front door through the broker into the worker and its database commands (W3C headers).</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class TraceContextTests(RabbitMqBroker broker)
{
    [Fact]
    public async Task Consume_ContinuesTheTraceOfThePublishingRequest_DownToTheDatabaseCommands()
    {
        broker.EnsureRunning();
        var finished = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is IngestTelemetry.SourceName or DatabaseTracingInterceptor.SourceName or nameof(TraceContextTests),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = finished.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var requestSource = new ActivitySource(nameof(TraceContextTests));
        await using var host = await BusTestHost.StartAsync(broker.NewTopology(partitions: 2));
        var item = host.NewPost(Guid.NewGuid().ToString("N"), "Cardiozen gave me a rash on both arms");

        ActivityTraceId traceId;
        using (var request = requestSource.StartActivity("POST /webhooks/meta", ActivityKind.Server))
        {
            request.ShouldNotBeNull();
            traceId = request.TraceId;
            await host.PublishAsync(item);
        }

        var consumed = await Poller.UntilAsync(
            () => Task.FromResult(finished.FirstOrDefault(activity => activity.Kind == ActivityKind.Consumer && Equals(activity.GetTagItem("messaging.message.id"), item.MessageId))),
            activity => activity is not null, TimeSpan.FromSeconds(120), "the consumer's span");

        var published = finished.Single(activity => activity.Kind == ActivityKind.Producer && Equals(activity.GetTagItem("messaging.message.id"), item.MessageId));
        published.TraceId.ShouldBe(traceId);
        consumed!.TraceId.ShouldBe(traceId);
        consumed.ParentSpanId.ShouldBe(published.SpanId);
        finished.ShouldContain(activity => activity.Source.Name == DatabaseTracingInterceptor.SourceName && activity.ParentSpanId == consumed.SpanId);
    }
}
