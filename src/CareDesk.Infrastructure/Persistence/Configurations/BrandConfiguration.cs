using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> builder)
    {
        builder.Property(brand => brand.Name).HasMaxLength(Brand.MaxNameLength);
        builder.Property(brand => brand.LabelVersion).HasMaxLength(Brand.MaxLabelVersionLength);
        builder.HasIndex(brand => brand.Name).IsUnique();
    }
}
