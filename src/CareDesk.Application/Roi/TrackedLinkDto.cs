using CareDesk.Domain.Roi;

namespace CareDesk.Application.Roi;

/// <summary>A tracked link as people see it: the short URL to paste, where it leads (with tags) and how often it was followed.</summary>
public sealed record TrackedLinkDto(Guid Id, string Code, string ShortUrl, string ChannelKey, string Campaign, string Destination, string TaggedDestination,
    Guid? TemplateId, int? TemplateVersion, string? TemplateJobCode, DateTimeOffset? ExpiresAt, string CreatedBy, DateTimeOffset CreatedAt, int Clicks)
{
    public static TrackedLinkDto Of(TrackedLink link, RoiOptions options, int clicks) =>
        new(link.Id, link.Code, options.ShortUrl(link.Code), link.ChannelKey, link.Campaign, link.Destination,
            LinkDestination.TryParse(link.Destination, out var uri) ? link.Utm.ApplyTo(uri).AbsoluteUri : link.Destination,
            link.TemplateId, link.TemplateVersion, link.TemplateJobCode, link.ExpiresAt, link.CreatedBy, link.CreatedAt, clicks);
}
