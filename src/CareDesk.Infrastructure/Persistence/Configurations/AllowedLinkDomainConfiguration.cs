using CareDesk.Domain.Channels;
using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class AllowedLinkDomainConfiguration : IEntityTypeConfiguration<AllowedLinkDomain>
{
    public void Configure(EntityTypeBuilder<AllowedLinkDomain> builder)
    {
        builder.Property(allowed => allowed.Domain).HasMaxLength(AllowedLinkDomain.MaxDomainLength);
        builder.HasIndex(allowed => new { allowed.BrandId, allowed.Domain }).IsUnique();
        builder.HasOne<Brand>().WithMany().HasForeignKey(allowed => allowed.BrandId).OnDelete(DeleteBehavior.Restrict);
    }
}
