using CareDesk.Application.Abstractions;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Promotion;
using CareDesk.Domain.Promotion.Rules;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Promotion;

/// <summary>One failed check: the field it is about and the message the composer shows.</summary>
public sealed record PromotionalFinding(string Field, string Message);

/// <summary>
/// The promotional content checks in one place, so MLR submission, the composer preview, replies and proactive posts all
/// run the same ones: R23 (a)-(e) per allowed channel, R28's Clause 12.9 statement for UK material, R22's SIUU ban.
/// </summary>
public static class PromotionalChecks
{
    public static Task<ProductRiskInformation?> RiskFor(this IAppDbContext db, ResponseTemplate template, CancellationToken cancellationToken) =>
        template.BrandId is { } brandId
            ? db.ProductRiskLibrary.AsNoTracking().SingleOrDefaultAsync(entry => entry.BrandId == brandId, cancellationToken)
            : Task.FromResult<ProductRiskInformation?>(null);

    /// <summary>Every check a template fails before MLR submission: the body against each channel it is for (all of them when none is named).</summary>
    public static async Task<IReadOnlyList<PromotionalFinding>> FindingsForSubmissionAsync(IAppDbContext db, ResponseTemplate template, CancellationToken cancellationToken)
    {
        var risk = await db.RiskFor(template, cancellationToken);
        var kinds = template.ChannelKinds.Count > 0 ? template.ChannelKinds : Enum.GetValues<ChannelKind>().ToList();
        var broken = kinds.SelectMany(kind => PromotionalContentRules.Broken(template, template.Body, risk, ChannelCharacterLimits.For(kind)))
            .Append(new UkPromotionalTemplateMustCarryClause129StatementRule(template)).Where(rule => rule.IsBroken());
        return [.. broken.Select(rule => new PromotionalFinding(rule.Field ?? "request", rule.Message)).Distinct()];
    }

    /// <summary>Refuses MLR submission with the first failed check (422).</summary>
    public static async Task RequireSubmittableAsync(IAppDbContext db, ResponseTemplate template, CancellationToken cancellationToken)
    {
        var risk = await db.RiskFor(template, cancellationToken);
        var kinds = template.ChannelKinds.Count > 0 ? template.ChannelKinds : Enum.GetValues<ChannelKind>().ToList();
        foreach (var kind in kinds)
        {
            PromotionalContentRules.Check(template, template.Body, risk, ChannelCharacterLimits.For(kind));
        }

        BusinessRules.Check(new UkPromotionalTemplateMustCarryClause129StatementRule(template));
    }

    /// <summary>The checks at send: SIUU never public or proactive (R22), and (a)-(e) on the exact text against the channel's live limit (R23).</summary>
    public static async Task RequireSendableAsync(IAppDbContext db, ResponseTemplate template, string text, Channel channel, bool publicOrProactive, CancellationToken cancellationToken)
    {
        BusinessRules.Check(new SiuuContentMustNotBePublicRule(template, publicOrProactive));
        if (template.Category == TemplateCategory.Promotional)
        {
            PromotionalContentRules.Check(template, text, await db.RiskFor(template, cancellationToken), channel.EffectiveCharacterLimit);
        }
    }
}
