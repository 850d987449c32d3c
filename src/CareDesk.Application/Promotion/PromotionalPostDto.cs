using CareDesk.Domain.Promotion;

namespace CareDesk.Application.Promotion;

public sealed record PromotionalPostDto(Guid Id, string ChannelKey, IReadOnlyList<PromotionalPostPart> Parts, DateTimeOffset ScheduledFor, PromotionalPostStatus Status,
    string ScheduledBy, DateTimeOffset ScheduledAt, DateTimeOffset? PublishedAt, string? Url)
{
    public static PromotionalPostDto Of(PromotionalPost post, string channelKey) => new(post.Id, channelKey, post.Parts, post.ScheduledFor, post.Status,
        post.ScheduledBy, post.ScheduledAt, post.PublishedAt, post.Url);
}
