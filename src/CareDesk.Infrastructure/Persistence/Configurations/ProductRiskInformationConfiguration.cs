using CareDesk.Domain.Channels;
using CareDesk.Domain.Promotion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ProductRiskInformationConfiguration : IEntityTypeConfiguration<ProductRiskInformation>
{
    public void Configure(EntityTypeBuilder<ProductRiskInformation> builder)
    {
        builder.ToTable("ProductRiskLibrary");
        builder.Property(entry => entry.ProprietaryName).HasMaxLength(ProductRiskInformation.MaxNameLength);
        builder.Property(entry => entry.EstablishedName).HasMaxLength(ProductRiskInformation.MaxNameLength);
        builder.Property(entry => entry.CompanyName).HasMaxLength(ProductRiskInformation.MaxNameLength);
        builder.Property(entry => entry.MostSeriousRisks).HasMaxLength(ProductRiskInformation.MaxRiskTextLength);
        builder.Property(entry => entry.RiskPageUrl).HasMaxLength(ProductRiskInformation.MaxUrlLength);
        builder.Property(entry => entry.PrescribingInformationUrl).HasMaxLength(ProductRiskInformation.MaxUrlLength);
        builder.Property(entry => entry.UpdatedBy).HasMaxLength(80);
        builder.HasIndex(entry => entry.BrandId).IsUnique();
        builder.HasOne<Brand>().WithMany().HasForeignKey(entry => entry.BrandId).OnDelete(DeleteBehavior.Restrict);
    }
}
