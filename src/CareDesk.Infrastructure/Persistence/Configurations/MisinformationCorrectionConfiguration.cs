using CareDesk.Domain.Channels;
using CareDesk.Domain.Misinformation;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class MisinformationCorrectionConfiguration : IEntityTypeConfiguration<MisinformationCorrection>
{
    public void Configure(EntityTypeBuilder<MisinformationCorrection> builder)
    {
        builder.Property(correction => correction.SourceUrl).HasMaxLength(MisinformationCorrection.MaxUrlLength);
        builder.Property(correction => correction.Snapshot).HasMaxLength(MisinformationCorrection.MaxSnapshotLength);
        builder.Property(correction => correction.Items).HasJsonConversion();
        builder.Property(correction => correction.CorrectionMaterialId).HasMaxLength(Domain.Templates.ResponseTemplate.MaxJobCodeLength + 12);
        builder.Property(correction => correction.CorrectionText).HasMaxLength(MisinformationCorrection.MaxCorrectionLength);
        builder.Property(correction => correction.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(correction => correction.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(correction => correction.AttestedBy).HasMaxLength(80);
        builder.Property(correction => correction.StartedBy).HasMaxLength(80);
        builder.HasIndex(correction => new { correction.BrandId, correction.FoundAt });
        builder.HasOne<Brand>().WithMany().HasForeignKey(correction => correction.BrandId).OnDelete(DeleteBehavior.Restrict);
    }
}
