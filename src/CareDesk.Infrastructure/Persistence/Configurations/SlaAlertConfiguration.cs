using CareDesk.Domain.Cases;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class SlaAlertConfiguration : IEntityTypeConfiguration<SlaAlert>
{
    public void Configure(EntityTypeBuilder<SlaAlert> builder)
    {
        builder.Property(alert => alert.ClockKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(alert => alert.Kind).HasConversion<string>().HasMaxLength(20);
        // The sweeper raises each alert once per clock, even if two sweepers race.
        builder.HasIndex(alert => new { alert.ClockId, alert.Kind }).IsUnique();
        builder.HasIndex(alert => alert.RaisedAt);
        builder.HasOne<Case>().WithMany().HasForeignKey(alert => alert.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
