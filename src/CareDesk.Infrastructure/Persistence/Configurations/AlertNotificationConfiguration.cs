using CareDesk.Domain.Listening.Anomalies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class AlertNotificationConfiguration : IEntityTypeConfiguration<AlertNotification>
{
    public void Configure(EntityTypeBuilder<AlertNotification> builder)
    {
        builder.Property(notification => notification.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(notification => notification.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(notification => notification.Target).HasMaxLength(AlertRoutingRule.MaxTargetLength);
        builder.Property(notification => notification.LastError).HasMaxLength(AlertNotification.MaxErrorLength);
        builder.HasIndex(notification => new { notification.Status, notification.Delivery });
        builder.HasIndex(notification => new { notification.AlertId, notification.RuleId }).IsUnique();
        builder.HasOne<ListeningAlert>().WithMany().HasForeignKey(notification => notification.AlertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AlertRoutingRule>().WithMany().HasForeignKey(notification => notification.RuleId).OnDelete(DeleteBehavior.Restrict);
    }
}
