using CareDesk.Domain.Common;

namespace CareDesk.Domain.Promotion.Rules;

public sealed class PromotionalPostMustBeScheduledRule(PromotionalPostStatus status) : ISequencingRule
{
    public bool IsBroken() => status != PromotionalPostStatus.Scheduled;

    public string Message => $"The post is {status}: only a scheduled post can be published.";

    public string? Field => "status";
}
