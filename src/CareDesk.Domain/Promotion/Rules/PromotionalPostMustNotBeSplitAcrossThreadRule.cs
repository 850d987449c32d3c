using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>FDA-CSL 2014: benefit and risk cannot be spread across a series of posts, so promotional content is never a thread (R23).</summary>
public sealed class PromotionalPostMustNotBeSplitAcrossThreadRule(IReadOnlyCollection<ResponseTemplate> parts) : IUnprocessableRule
{
    public bool IsBroken() => parts.Count > 1 && parts.Any(part => part.Category == TemplateCategory.Promotional);

    public string Message => "Promotional content cannot be split across a thread: benefit and risk must be in the same post.";

    public string? Field => "parts";
}
