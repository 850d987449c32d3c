using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class PvAlertConfiguration : IEntityTypeConfiguration<PvAlert>
{
    public void Configure(EntityTypeBuilder<PvAlert> builder)
    {
        builder.HasOne<PvIntake>().WithMany().HasForeignKey(alert => alert.PvIntakeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(alert => alert.RaisedAt);
        builder.HasIndex(alert => alert.CaseNumber);
        builder.Property(alert => alert.MessageId).HasMaxLength(PvIntake.MaxReportIdLength);
        builder.Property(alert => alert.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(alert => alert.Detail).HasMaxLength(PvAlert.MaxDetailLength);
    }
}
