using CareDesk.Domain.Common;
using CareDesk.Domain.Misinformation.Rules;
using CareDesk.Domain.Promotion;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Misinformation;

/// <summary>
/// A correction of independent third-party misinformation (FDA-MISINFO 2014/2024, R26), a workflow of its own apart from
/// customer care: the misinformation as found (snapshot and URL), its items, an MLR-approved non-promotional correction
/// with the firm's affiliation line and the prescribing-information link, the agent's attestation that every item in the
/// defined portion is addressed or has a documented rationale, and what happened after it was posted or sent.
/// </summary>
public sealed class MisinformationCorrection
{
    public const int MaxUrlLength = 500;
    public const int MaxSnapshotLength = 8000;
    public const int MaxStatementLength = 1000;
    public const int MaxRationaleLength = 2000;
    public const int MaxCorrectionLength = 6000;

    private MisinformationCorrection()
    {
        SourceUrl = string.Empty;
        Snapshot = string.Empty;
        Items = [];
        StartedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid BrandId { get; private set; }

    public string SourceUrl { get; private set; }

    /// <summary>The misinformation as it stood when found, so the record survives an edit or deletion at the source.</summary>
    public string Snapshot { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }

    public List<MisinformationItem> Items { get; private set; }

    public Guid? CorrectionTemplateId { get; private set; }

    public string? CorrectionMaterialId { get; private set; }

    /// <summary>The exact text to post: affiliation line, the approved correction, the prescribing-information link.</summary>
    public string? CorrectionText { get; private set; }

    public MisinformationCorrectionStatus Status { get; private set; }

    public string? AttestedBy { get; private set; }

    public DateTimeOffset? AttestedAt { get; private set; }

    public CorrectionDelivery? Delivery { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public bool? SiteOwnerActed { get; private set; }

    public DateTimeOffset? SiteOwnerOutcomeAt { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Whether the attestation "all misinformation in the defined portion addressed" may be given now.</summary>
    public bool CanAttest => Status == MisinformationCorrectionStatus.Open && CorrectionText is not null && Items.All(item => item.Settled);

    public static MisinformationCorrection Start(Guid brandId, string sourceUrl, string snapshot, DateTimeOffset foundAt,
        IReadOnlyList<(string Statement, MisinformationDirection Direction)> items, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new MisinformationSourceMustBeCapturedRule(sourceUrl, snapshot, items.Select(item => item.Statement).ToList()));
        return new MisinformationCorrection
        {
            Id = Guid.NewGuid(),
            BrandId = brandId,
            SourceUrl = sourceUrl.Trim(),
            Snapshot = snapshot.Trim(),
            FoundAt = foundAt,
            Items = [.. items.Select((item, index) => new MisinformationItem(index + 1, item.Statement.Trim(), item.Direction))],
            StartedBy = by,
            StartedAt = at,
        };
    }

    /// <summary>Picks the MLR-approved correction and the items it addresses; any earlier attestation no longer stands.</summary>
    public void SelectCorrection(ResponseTemplate template, string renderedCorrection, IReadOnlyCollection<int> addressedItems, ProductRiskInformation product)
    {
        BusinessRules.Check(new CorrectionMustBeOpenRule(Status));
        BusinessRules.Check(new CorrectionMustBeApprovedNonPromotionalContentRule(template));
        BusinessRules.Check(new CorrectionItemsMustExistRule(Items, addressedItems));
        CorrectionTemplateId = template.Id;
        CorrectionMaterialId = template.MaterialId;
        CorrectionText = $"{product.AffiliationLine}\n{renderedCorrection.Trim()}\nFull Prescribing Information: {product.PrescribingInformationUrl}";
        Items = [.. Items.Select(item => item with { Addressed = addressedItems.Contains(item.Number) })];
    }

    /// <summary>A documented reason for leaving one item uncorrected (e.g. outside the defined portion after all).</summary>
    public void DocumentRationale(int itemNumber, string rationale)
    {
        BusinessRules.Check(new CorrectionMustBeOpenRule(Status));
        BusinessRules.Check(new CorrectionItemsMustExistRule(Items, [itemNumber]));
        BusinessRules.Check(new Templates.Rules.TemplateFieldMustFitRule("rationale", rationale, MaxRationaleLength));
        Items = [.. Items.Select(item => item.Number == itemNumber ? item with { Rationale = rationale.Trim() } : item)];
    }

    public void Attest(string by, DateTimeOffset at)
    {
        BusinessRules.Check(new CorrectionMustBeOpenRule(Status));
        BusinessRules.Check(new AllMisinformationMustBeAddressedRule(this));
        Status = MisinformationCorrectionStatus.Attested;
        AttestedBy = by;
        AttestedAt = at;
    }

    public void RecordDelivery(CorrectionDelivery delivery, DateTimeOffset at)
    {
        BusinessRules.Check(new CorrectionMustBeAttestedBeforeDeliveryRule(Status));
        Status = MisinformationCorrectionStatus.Delivered;
        Delivery = delivery;
        DeliveredAt = at;
    }

    public void RecordSiteOwnerOutcome(bool acted, DateTimeOffset at)
    {
        BusinessRules.Check(new SiteOwnerOutcomeNeedsDeliveryRule(Delivery));
        SiteOwnerActed = acted;
        SiteOwnerOutcomeAt = at;
    }
}
