using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class InboundWebhookConfiguration : IEntityTypeConfiguration<InboundWebhook>
{
    public void Configure(EntityTypeBuilder<InboundWebhook> builder)
    {
        builder.Property(webhook => webhook.Network).HasMaxLength(20);
        builder.Property(webhook => webhook.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(webhook => webhook.Error).HasMaxLength(ChannelHealth.MaxErrorLength);
        builder.HasIndex(webhook => new { webhook.Status, webhook.ReceivedAt });
    }
}
