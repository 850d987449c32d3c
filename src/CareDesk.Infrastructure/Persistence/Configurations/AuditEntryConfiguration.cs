using CareDesk.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditTrail");
        builder.Property(entry => entry.Actor).HasMaxLength(80);
        builder.Property(entry => entry.Via).HasMaxLength(16);
        builder.Property(entry => entry.Action).HasMaxLength(AuditEntry.MaxActionLength);
        builder.Property(entry => entry.EntityType).HasMaxLength(64);
        builder.Property(entry => entry.EntityId).HasMaxLength(64);
        builder.Property(entry => entry.Reason).HasMaxLength(1000);
        builder.Property(entry => entry.PreviousHash).HasMaxLength(64);
        builder.Property(entry => entry.Hash).HasMaxLength(64);
        builder.Ignore(entry => entry.WrittenOrder);
        builder.HasIndex(entry => entry.Sequence).IsUnique();
        builder.HasIndex(entry => new { entry.EntityType, entry.EntityId });
    }
}
