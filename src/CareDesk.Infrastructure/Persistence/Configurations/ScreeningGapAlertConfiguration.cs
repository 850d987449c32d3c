using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ScreeningGapAlertConfiguration : IEntityTypeConfiguration<ScreeningGapAlert>
{
    public void Configure(EntityTypeBuilder<ScreeningGapAlert> builder)
    {
        builder.Property(alert => alert.ChannelKey).HasMaxLength(Channel.MaxKeyLength);
        builder.HasIndex(alert => new { alert.ChannelId, alert.ResolvedAt });
        builder.HasIndex(alert => alert.RaisedAt);
        builder.HasOne<Channel>().WithMany().HasForeignKey(alert => alert.ChannelId).OnDelete(DeleteBehavior.Restrict);
    }
}
