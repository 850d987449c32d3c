using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ChannelHealthConfiguration : IEntityTypeConfiguration<ChannelHealth>
{
    public void Configure(EntityTypeBuilder<ChannelHealth> builder)
    {
        builder.HasKey(health => health.ChannelId);
        builder.Property(health => health.Checkpoint).HasMaxLength(ChannelHealth.MaxCheckpointLength);
        builder.Property(health => health.LastError).HasMaxLength(ChannelHealth.MaxErrorLength);
        builder.HasOne<Channel>().WithOne().HasForeignKey<ChannelHealth>(health => health.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
