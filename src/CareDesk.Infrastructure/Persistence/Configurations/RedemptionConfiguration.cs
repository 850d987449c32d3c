using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class RedemptionConfiguration : IEntityTypeConfiguration<Redemption>
{
    public void Configure(EntityTypeBuilder<Redemption> builder)
    {
        builder.Property(redemption => redemption.RedemptionId).HasMaxLength(Redemption.MaxRedemptionIdLength);
        builder.Property(redemption => redemption.Currency).HasMaxLength(3);
        builder.Property(redemption => redemption.Source).HasMaxLength(Redemption.MaxSourceLength);
        builder.Property(redemption => redemption.RecordedBy).HasMaxLength(80);
        builder.Property(redemption => redemption.Value).HasPrecision(18, 2);
        // The partner's id makes a repeated import or POST idempotent; one row per code makes every code single-use.
        builder.HasIndex(redemption => redemption.RedemptionId).IsUnique();
        builder.HasIndex(redemption => redemption.CodeId).IsUnique();
        builder.HasIndex(redemption => redemption.RedeemedAt);
        builder.HasOne<RedemptionCode>().WithMany().HasForeignKey(redemption => redemption.CodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
