using CareDesk.Domain.Cases;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Conversations;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(post => post.ExternalId).HasMaxLength(Post.MaxExternalIdLength);
        builder.Property(post => post.Author).HasMaxLength(Post.MaxAuthorLength);
        builder.Property(post => post.ThreadId).HasMaxLength(Post.MaxExternalIdLength);
        builder.Property(post => post.ParentId).HasMaxLength(Post.MaxExternalIdLength);
        builder.Property(post => post.ThreadKey).HasMaxLength(Post.MaxExternalIdLength);
        builder.Property(post => post.Classifier).HasMaxLength(100);
        builder.PrimitiveCollection(post => post.Labels);
        builder.Property(post => post.Evidence).HasJsonConversion();
        builder.Property(post => post.AdverseEvent).HasJsonConversion();
        builder.Property(post => post.Signals).HasJsonConversion();
        // Idempotent intake: one row per channel + external id, enforced by the database as well as the handler.
        builder.HasIndex(post => new { post.ChannelId, post.ExternalId }).IsUnique();
        builder.HasIndex(post => post.CaseId);
        builder.HasOne<Channel>().WithMany().HasForeignKey(post => post.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(post => post.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
