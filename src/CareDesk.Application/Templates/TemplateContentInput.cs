using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Templates;

/// <summary>What an author submits for a draft or a new version; on a new version, a missing field keeps the previous value.</summary>
public sealed record TemplateContentInput(string? Name, string? JobCode, string? Body, IReadOnlyList<TemplateVariable>? Variables,
    IReadOnlyList<TriageLabel>? Labels, IReadOnlyList<ChannelKind>? ChannelKinds, IReadOnlyList<string>? Markets, TemplateCategory? Category,
    DateOnly? DateOfPreparation, DateOnly? EffectiveFrom, DateOnly? ExpiresOn, Guid? BrandId = null, string? LabelVersion = null,
    bool? Siuu = null, string? BenefitClaim = null,
    TemplateAudience? Audience = null)
{
    /// <summary>R49: without an explicit expiry, material must be re-certified two years after it takes effect.</summary>
    public const int DefaultExpiryMonths = 24;

    public TemplateContent ToContent(TemplateContent? previous, DateOnly today, string? currentLabelVersion)
    {
        var markets = Markets ?? previous?.Markets;
        if (markets is not { Count: > 0 })
        {
            throw ValidationFailedException.For("markets", "Name at least one market (country code, or EU) the template is for: use outside it is refused (R25).");
        }

        var effectiveFrom = EffectiveFrom ?? (previous is not null && previous.EffectiveFrom > today ? previous.EffectiveFrom : today);
        return new TemplateContent(Name ?? previous?.Name ?? string.Empty, JobCode ?? previous?.JobCode ?? string.Empty, Body ?? previous?.Body ?? string.Empty,
            Variables ?? previous?.Variables ?? [], Labels ?? previous?.Labels ?? [], ChannelKinds ?? previous?.ChannelKinds ?? [], markets!,
            Category ?? previous?.Category ?? TemplateCategory.Service, DateOfPreparation ?? today, effectiveFrom,
            ExpiresOn ?? effectiveFrom.AddMonths(DefaultExpiryMonths), BrandId ?? previous?.BrandId, LabelVersion ?? currentLabelVersion ?? previous?.LabelVersion,
            Siuu ?? previous?.Siuu ?? false, BenefitClaim ?? previous?.BenefitClaim,
            Audience ?? previous?.Audience ?? TemplateAudience.Public);
    }
}
