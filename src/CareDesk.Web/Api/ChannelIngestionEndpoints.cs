using CareDesk.Application.Channels;
using CareDesk.Application.Connectors;
using CareDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareDesk.Web.Api;

public sealed record ChannelIngestionRequest(bool? Enabled, string? AccountId, string? ListeningQuery, int? ScreeningIntervalMinutes, int? MaxScreeningGapMinutes);

/// <summary>What each channel's connector screens, how often, and how healthy it is (R1).</summary>
public static class ChannelIngestionEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/status", ListStatus);
        group.MapPut("/{key}/ingestion", Configure).RequireAuthorization(Policies.ContentManager);
        group.MapPost("/{key}/poll", PollNow).RequireAuthorization(Policies.ContentManager);
        group.MapGet("/screening-gap-alerts", ListGapAlerts);
    }

    [EndpointSummary("Every channel's ingestion settings and health: last success, last error, rate-limit state, open screening gap.")]
    public static async Task<Ok<IReadOnlyList<ChannelStatusDto>>> ListStatus(ListChannelStatusHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    [EndpointSummary("Configure a channel's connector: owned account, listening query (versioned), screening interval and maximum gap.")]
    public static async Task<Ok<ChannelStatusDto>> Configure(string key, ChannelIngestionRequest request, ConfigureChannelIngestionHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ConfigureChannelIngestionCommand(key, request.Enabled, request.AccountId, request.ListeningQuery, request.ScreeningIntervalMinutes, request.MaxScreeningGapMinutes), cancellationToken));

    [EndpointSummary("Read the channel now instead of at its next slot; a rate-limit wait is still honoured by the connector.")]
    public static async Task<Ok<PollChannelResult>> PollNow(string key, PollChannelHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(key, cancellationToken));

    [EndpointSummary("Screening-gap alerts, newest first: channels that went longer than their maximum gap without ingesting.")]
    public static async Task<Ok<IReadOnlyList<ScreeningGapAlertDto>>> ListGapAlerts(ListScreeningGapAlertsHandler handler, CancellationToken cancellationToken, int take = 100) =>
        TypedResults.Ok(await handler.HandleAsync(take, cancellationToken));
}
