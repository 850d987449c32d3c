using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class DiscardedListeningItemConfiguration : IEntityTypeConfiguration<DiscardedListeningItem>
{
    public void Configure(EntityTypeBuilder<DiscardedListeningItem> builder)
    {
        builder.Property(item => item.ItemHash).HasMaxLength(DiscardedListeningItem.HashLength);
        builder.HasIndex(item => new { item.ChannelId, item.ItemHash }).IsUnique();
        builder.HasIndex(item => item.DiscardedAt);
        builder.HasOne<Channel>().WithMany().HasForeignKey(item => item.ChannelId).OnDelete(DeleteBehavior.Restrict);
    }
}
