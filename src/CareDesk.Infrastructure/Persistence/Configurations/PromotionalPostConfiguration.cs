using CareDesk.Domain.Channels;
using CareDesk.Domain.Promotion;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class PromotionalPostConfiguration : IEntityTypeConfiguration<PromotionalPost>
{
    public void Configure(EntityTypeBuilder<PromotionalPost> builder)
    {
        builder.Property(post => post.Parts).HasJsonConversion();
        builder.Property(post => post.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(post => post.ScheduledBy).HasMaxLength(80);
        builder.Property(post => post.PublishedBy).HasMaxLength(80);
        builder.Property(post => post.ExternalId).HasMaxLength(PromotionalPost.MaxExternalIdLength);
        builder.Property(post => post.Url).HasMaxLength(PromotionalPost.MaxUrlLength);
        builder.HasIndex(post => new { post.ChannelId, post.PublishedAt });
        builder.HasOne<Channel>().WithMany().HasForeignKey(post => post.ChannelId).OnDelete(DeleteBehavior.Restrict);
    }
}
