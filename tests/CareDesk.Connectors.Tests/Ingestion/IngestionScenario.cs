using CareDesk.Application.Channels;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Harness;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Connectors.Tests.Ingestion;

/// <summary>Shared steps: a demo channel switched on for ingestion, polled through a scripted connector.</summary>
internal static class IngestionScenario
{
    public const string XChannel = "x-cardiozen-us";
    public const string RedditChannel = "reddit-respiro";

    public static async Task<ConnectorTestHost> StartAsync(params ScriptedConnector[] connectors) =>
        await ConnectorTestHost.StartAsync(services =>
        {
            foreach (var connector in connectors)
            {
                services.AddSingleton<IChannelConnector>(connector);
            }
        });

    public static Task<ChannelStatusDto> EnableAsync(this ConnectorTestHost host, string channelKey, int intervalMinutes = 5, int maxGapMinutes = 240, string? query = null) =>
        host.RunAsync((ConfigureChannelIngestionHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ConfigureChannelIngestionCommand(channelKey, true, "owned-account", query, intervalMinutes, maxGapMinutes), ct));

    public static Task<PollChannelResult> PollAsync(this ConnectorTestHost host, string channelKey) =>
        host.RunAsync((PollChannelHandler handler, CancellationToken ct) => handler.HandleAsync(channelKey, ct));

    public static Task<ChannelStatusDto> StatusAsync(this ConnectorTestHost host, string channelKey) =>
        host.RunAsync(async (ListChannelStatusHandler handler, CancellationToken ct) => (await handler.HandleAsync(ct)).Single(status => status.Key == channelKey));

    public static Task<List<Post>> PostsAsync(this ConnectorTestHost host, string channelKey) =>
        host.QueryAsync(async (db, ct) =>
        {
            var channel = await db.Channels.SingleAsync(found => found.Key == channelKey, ct);
            return await db.Posts.Where(post => post.ChannelId == channel.Id).OrderBy(post => post.ExternalId).ToListAsync(ct);
        });

    public static ChannelEvent Tweet(int id, string text, string? thread = null) =>
        new(ChannelEventKind.Created, id.ToString(System.Globalization.CultureInfo.InvariantCulture), "@patient" + id, text, ConnectorTestHost.Start.AddMinutes(-10 + id), thread, null, true);

    public static ChannelKind KindOf(string channelKey) => channelKey == RedditChannel ? ChannelKind.Reddit : ChannelKind.X;
}
