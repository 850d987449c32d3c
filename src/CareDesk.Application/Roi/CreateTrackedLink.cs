using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Roi;

public sealed record CreateTrackedLinkCommand(string? Channel, string? Campaign, string? Destination, Guid? TemplateId = null, DateTimeOffset? ExpiresAt = null);

/// <summary>
/// Makes a short link for one channel, campaign and (optionally) template version, leading only to the brand's
/// allowed domains. The short URL is what goes into a template's link variable.
/// </summary>
public sealed class CreateTrackedLinkHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time, IOptions<RoiOptions> options)
{
    public async Task<TrackedLinkDto> HandleAsync(CreateTrackedLinkCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("create tracked links");
        new Validation().Required("channel", command.Channel).Required("campaign", command.Campaign).Required("destination", command.Destination).ThrowIfInvalid();
        var channelKey = command.Channel!.Trim().ToLowerInvariant();
        var channel = await db.Channels.SingleOrDefaultAsync(item => item.Key == channelKey, cancellationToken)
            ?? throw ValidationFailedException.For("channel", $"No channel '{command.Channel}'.");
        var template = await db.LoadTemplateReferenceAsync(command.TemplateId, channel.BrandId, cancellationToken);
        var allowed = await db.AllowedDomainsAsync(channel.BrandId, cancellationToken);
        var code = await RoiLookup.FreeCodeAsync(ShortLinkCode.NewCode, candidate => db.TrackedLinks.AnyAsync(link => link.Code == candidate, cancellationToken));

        var link = TrackedLink.Create(code, channel.BrandId, channel.Id, channel.Key, template, command.Campaign!, command.Destination!, allowed,
            command.ExpiresAt, actor.UserName, time.GetUtcNow());
        db.TrackedLinks.Add(link);
        var dto = TrackedLinkDto.Of(link, options.Value, clicks: 0);
        audit.Record("roi.link_created", nameof(TrackedLink), link.Id, null, dto with { Clicks = 0 });
        await db.SaveChangesAsync(cancellationToken);
        return dto;
    }
}
