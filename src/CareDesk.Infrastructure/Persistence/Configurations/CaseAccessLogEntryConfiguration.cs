using CareDesk.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class CaseAccessLogEntryConfiguration : IEntityTypeConfiguration<CaseAccessLogEntry>
{
    public void Configure(EntityTypeBuilder<CaseAccessLogEntry> builder)
    {
        builder.ToTable("CaseAccessLog");
        builder.Property(entry => entry.Id).ValueGeneratedOnAdd();
        builder.HasIndex(entry => new { entry.CaseNumber, entry.At });
        builder.HasIndex(entry => new { entry.UserName, entry.At });
        builder.Property(entry => entry.UserName).HasMaxLength(CaseAccessLogEntry.MaxNameLength);
        builder.Property(entry => entry.Role).HasMaxLength(20);
        builder.Property(entry => entry.Via).HasMaxLength(20);
        builder.Property(entry => entry.Purpose).HasMaxLength(CaseAccessLogEntry.MaxNameLength);
    }
}
