using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Policy.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Channels;

/// <param name="AccountId">The owned account the connector reads (handle id, Page id, channel id, subreddit, mailbox).</param>
/// <param name="ScreeningIntervalMinutes">How often to read the network; R1 requires it to be configurable and recorded.</param>
/// <param name="MaxScreeningGapMinutes">How long without a successful read before a screening-gap alert.</param>
public sealed record ConfigureChannelIngestionCommand(string Key, bool? Enabled, string? AccountId, string? ListeningQuery, int? ScreeningIntervalMinutes, int? MaxScreeningGapMinutes);

/// <summary>Sets what a channel's connector screens and how often; every change is audited, a new listening query gets a new version.</summary>
public sealed class ConfigureChannelIngestionHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<ChannelStatusDto> HandleAsync(ConfigureChannelIngestionCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("configure channel ingestion");
        new Validation().Required("enabled", command.Enabled).Required("screeningIntervalMinutes", command.ScreeningIntervalMinutes)
            .Required("maxScreeningGapMinutes", command.MaxScreeningGapMinutes).MaxLength("accountId", command.AccountId, Channel.MaxAccountIdLength)
            .MaxLength("listeningQuery", command.ListeningQuery, Channel.MaxListeningQueryLength).ThrowIfInvalid();
        if (command.Enabled == true && string.IsNullOrWhiteSpace(command.AccountId) && string.IsNullOrWhiteSpace(command.ListeningQuery))
        {
            throw ValidationFailedException.For("accountId", "Name the owned account to read (or a listening query) before switching ingestion on.");
        }

        var channel = await db.Channels.SingleOrDefaultAsync(found => found.Key == command.Key, cancellationToken)
            ?? throw new NotFoundException("Channel", command.Key);
        if (command.Enabled == true && !string.IsNullOrWhiteSpace(command.ListeningQuery))
        {
            var scope = await db.EngagementScopes.AsNoTracking().SingleOrDefaultAsync(found => found.BrandId == channel.BrandId, cancellationToken);
            BusinessRules.Check(new ListeningSourceMustBeInScopeRule(scope, channel.Kind));
        }

        var before = IngestionSettings.Of(channel);
        var newQueryVersion = channel.ConfigureIngestion(command.Enabled!.Value, command.AccountId, command.ListeningQuery,
            TimeSpan.FromMinutes(command.ScreeningIntervalMinutes!.Value), TimeSpan.FromMinutes(command.MaxScreeningGapMinutes!.Value), time.GetUtcNow());
        audit.Record(newQueryVersion ? "channel.listening_query_versioned" : "channel.ingestion_configured", nameof(Channel), channel.Id, before, IngestionSettings.Of(channel));
        await db.SaveChangesAsync(cancellationToken);
        return (await new ListChannelStatusHandler(db).HandleAsync(cancellationToken)).Single(status => status.Key == channel.Key);
    }

    private sealed record IngestionSettings(bool Enabled, string? AccountId, string? ListeningQuery, int ListeningQueryVersion, TimeSpan ScreeningInterval, TimeSpan MaxScreeningGap)
    {
        public static IngestionSettings Of(Channel channel) =>
            new(channel.IngestionEnabled, channel.AccountId, channel.ListeningQuery, channel.ListeningQueryVersion, channel.ScreeningInterval, channel.MaxScreeningGap);
    }
}
