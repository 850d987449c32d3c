using CareDesk.Domain.Misinformation;

namespace CareDesk.Application.Misinformation;

public sealed record MisinformationCorrectionDto(Guid Id, string Brand, string SourceUrl, string Snapshot, DateTimeOffset FoundAt, IReadOnlyList<MisinformationItem> Items,
    string? CorrectionMaterialId, string? CorrectionText, MisinformationCorrectionStatus Status, bool CanAttest, string? AttestedBy, DateTimeOffset? AttestedAt,
    CorrectionDelivery? Delivery, DateTimeOffset? DeliveredAt, bool? SiteOwnerActed, string StartedBy, DateTimeOffset StartedAt)
{
    public static MisinformationCorrectionDto Of(MisinformationCorrection correction, string brand) => new(correction.Id, brand, correction.SourceUrl, correction.Snapshot,
        correction.FoundAt, correction.Items, correction.CorrectionMaterialId, correction.CorrectionText, correction.Status, correction.CanAttest, correction.AttestedBy,
        correction.AttestedAt, correction.Delivery, correction.DeliveredAt, correction.SiteOwnerActed, correction.StartedBy, correction.StartedAt);
}
