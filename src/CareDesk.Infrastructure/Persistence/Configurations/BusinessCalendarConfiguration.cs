using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class BusinessCalendarConfiguration : IEntityTypeConfiguration<BusinessCalendar>
{
    public void Configure(EntityTypeBuilder<BusinessCalendar> builder)
    {
        builder.ToTable("Calendars");
        builder.HasKey(calendar => calendar.Code);
        builder.Property(calendar => calendar.Code).HasMaxLength(BusinessCalendar.MaxCodeLength);
        builder.Property(calendar => calendar.Name).HasMaxLength(BusinessCalendar.MaxNameLength);
        builder.Property(calendar => calendar.TimeZoneId).HasMaxLength(64);
        builder.PrimitiveCollection(calendar => calendar.WorkingDays);
        builder.PrimitiveCollection(calendar => calendar.Holidays);
    }
}
