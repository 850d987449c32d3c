using CareDesk.Domain.Common;
using CareDesk.Domain.Roi.Rules;

namespace CareDesk.Domain.Roi;

/// <summary>
/// A short link CareDesk serves itself (/l/{code}) that leads to an allowed destination with UTM tags for one
/// channel, campaign and (optionally) template version. It stores who made it, never who clicked it.
/// </summary>
public sealed class TrackedLink
{
    public const int MaxCampaignLength = 64;

    private TrackedLink()
    {
        Code = string.Empty;
        Destination = string.Empty;
        ChannelKey = string.Empty;
        Campaign = string.Empty;
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public Guid BrandId { get; private set; }

    public Guid ChannelId { get; private set; }

    /// <summary>The channel key at creation, the utm_source value.</summary>
    public string ChannelKey { get; private set; }

    public Guid? TemplateId { get; private set; }

    public int? TemplateVersion { get; private set; }

    /// <summary>The template's job code at creation, part of utm_content so analytics can name the material.</summary>
    public string? TemplateJobCode { get; private set; }

    public string Campaign { get; private set; }

    /// <summary>Where the link leads, without the UTM tags (they are added on every redirect).</summary>
    public string Destination { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public UtmParameters Utm => new(ChannelKey, Campaign, UtmParameters.ContentFor(TemplateJobCode, TemplateVersion));

    public bool IsExpired(DateTimeOffset at) => ExpiresAt is { } expires && at >= expires;

    /// <summary>The address the redirect sends a visitor to; null when the destination left the brand's allow-list since.</summary>
    public Uri? RedirectTarget(IReadOnlyCollection<string> allowedDomains) =>
        LinkDestination.IsAllowed(Destination, allowedDomains) && LinkDestination.TryParse(Destination, out var uri) ? Utm.ApplyTo(uri) : null;

    public static TrackedLink Create(string code, Guid brandId, Guid channelId, string channelKey, TemplateReference? template, string campaign,
        string destination, IReadOnlyCollection<string> allowedDomains, DateTimeOffset? expiresAt, string createdBy, DateTimeOffset at)
    {
        BusinessRules.Check(new CampaignMustBeValidRule(campaign));
        BusinessRules.Check(new LinkDestinationMustBeAllowedRule(destination, allowedDomains));
        BusinessRules.Check(new LinkMustExpireInTheFutureRule(expiresAt, at));
        return new TrackedLink
        {
            Id = Guid.NewGuid(),
            Code = code,
            BrandId = brandId,
            ChannelId = channelId,
            ChannelKey = channelKey,
            TemplateId = template?.Id,
            TemplateVersion = template?.Version,
            TemplateJobCode = template?.JobCode,
            Campaign = campaign.Trim().ToLowerInvariant(),
            Destination = destination.Trim(),
            ExpiresAt = expiresAt,
            CreatedBy = createdBy,
            CreatedAt = at,
        };
    }
}

/// <summary>The template version a link or code belongs to.</summary>
public sealed record TemplateReference(Guid Id, int Version, string JobCode);
