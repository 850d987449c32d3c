using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class IcsrDeliveryConfiguration : IEntityTypeConfiguration<IcsrDelivery>
{
    public void Configure(EntityTypeBuilder<IcsrDelivery> builder)
    {
        builder.HasOne<PvIntake>().WithMany().HasForeignKey(delivery => delivery.PvIntakeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(delivery => delivery.MessageId).IsUnique();
        builder.HasIndex(delivery => new { delivery.Status, delivery.NextAttemptAt });
        builder.HasIndex(delivery => new { delivery.Status, delivery.AckDueAt });
        builder.Property(delivery => delivery.MessageId).HasMaxLength(PvIntake.MaxReportIdLength);
        builder.Property(delivery => delivery.Transport).HasConversion<string>().HasMaxLength(20);
        builder.Property(delivery => delivery.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(delivery => delivery.LastError).HasMaxLength(IcsrDelivery.MaxErrorLength);
        builder.Property(delivery => delivery.Receipt).HasMaxLength(IcsrDelivery.MaxReceiptLength);
    }
}
