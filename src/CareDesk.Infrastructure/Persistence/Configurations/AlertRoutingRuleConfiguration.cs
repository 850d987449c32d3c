using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening.Anomalies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class AlertRoutingRuleConfiguration : IEntityTypeConfiguration<AlertRoutingRule>
{
    public void Configure(EntityTypeBuilder<AlertRoutingRule> builder)
    {
        builder.Property(rule => rule.Name).HasMaxLength(100);
        builder.Property(rule => rule.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(rule => rule.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(rule => rule.Target).HasMaxLength(AlertRoutingRule.MaxTargetLength);
        builder.Property(rule => rule.Secret).HasMaxLength(AlertRoutingRule.MaxSecretLength);
        builder.HasOne<Brand>().WithMany().HasForeignKey(rule => rule.BrandId).OnDelete(DeleteBehavior.Restrict);
    }
}
