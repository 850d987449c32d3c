using CareDesk.Domain.Common;
using CareDesk.Domain.Promotion.Rules;

namespace CareDesk.Domain.Promotion;

/// <summary>
/// A company-initiated (proactive) post on an owned channel, scheduled from approved templates and published later
/// (R22, R23, R27). More than one part is a thread, which promotional content may never be. The exact text of each part
/// is kept as scheduled; publishing re-runs the checks against the channel's live limit.
/// </summary>
public sealed class PromotionalPost
{
    public const int MaxExternalIdLength = 200;
    public const int MaxUrlLength = 500;

    private PromotionalPost()
    {
        Parts = [];
        ScheduledBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid BrandId { get; private set; }

    public Guid ChannelId { get; private set; }

    public List<PromotionalPostPart> Parts { get; private set; }

    public DateTimeOffset ScheduledFor { get; private set; }

    public PromotionalPostStatus Status { get; private set; }

    public string ScheduledBy { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The network's id of the published post; its thread is where the firm engaged (the 2253 monthly listing, R27).</summary>
    public string? ExternalId { get; private set; }

    public string? Url { get; private set; }

    public static PromotionalPost Schedule(Guid brandId, Guid channelId, IReadOnlyList<PromotionalPostPart> parts, DateTimeOffset scheduledFor, string by, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        BrandId = brandId,
        ChannelId = channelId,
        Parts = [.. parts],
        ScheduledFor = scheduledFor,
        Status = PromotionalPostStatus.Scheduled,
        ScheduledBy = by,
        ScheduledAt = at,
    };

    public void MarkPublished(string externalId, string url, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new PromotionalPostMustBeScheduledRule(Status));
        Status = PromotionalPostStatus.Published;
        ExternalId = externalId;
        Url = url;
        PublishedBy = by;
        PublishedAt = at;
    }
}

/// <summary>One post of a (possibly threaded) proactive post: the template version it came from and its exact text.</summary>
public sealed record PromotionalPostPart(Guid TemplateId, int TemplateVersion, string JobCode, string MaterialId, string Text);

public enum PromotionalPostStatus
{
    Scheduled,
    Published,
}
