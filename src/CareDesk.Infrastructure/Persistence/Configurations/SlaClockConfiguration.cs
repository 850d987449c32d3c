using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class SlaClockConfiguration : IEntityTypeConfiguration<SlaClock>
{
    public void Configure(EntityTypeBuilder<SlaClock> builder)
    {
        builder.ToTable("SlaClocks");
        builder.Property(clock => clock.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(clock => clock.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(clock => clock.CalendarCode).HasMaxLength(BusinessCalendar.MaxCodeLength);
        builder.Property(clock => clock.Target).HasMaxLength(64);
        builder.Ignore(clock => clock.IsOpen);
        builder.Ignore(clock => clock.CanPause);
        builder.Ignore(clock => clock.State);
        builder.HasIndex(clock => new { clock.Status, clock.DueAt });
    }
}
