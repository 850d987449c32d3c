using CareDesk.Domain.Channels;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.Property(channel => channel.Key).HasMaxLength(Channel.MaxKeyLength);
        builder.Property(channel => channel.Name).HasMaxLength(Channel.MaxNameLength);
        builder.Property(channel => channel.Kind).HasConversion<string>().HasMaxLength(20);
        // Channels that existed before R2 carry organic posts.
        builder.Property(channel => channel.Source).HasConversion<string>().HasMaxLength(30).HasDefaultValue(DataCollectionSource.Organic);
        builder.Property(channel => channel.CalendarCode).HasMaxLength(BusinessCalendar.MaxCodeLength);
        builder.Property(channel => channel.Market).HasMaxLength(Channel.MaxMarketLength);
        builder.HasIndex(channel => channel.Key).IsUnique();
        builder.HasOne<Brand>().WithMany().HasForeignKey(channel => channel.BrandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BusinessCalendar>().WithMany().HasForeignKey(channel => channel.CalendarCode).HasPrincipalKey(calendar => calendar.Code).OnDelete(DeleteBehavior.Restrict);
    }
}
