using CareDesk.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class PostChangeConfiguration : IEntityTypeConfiguration<PostChange>
{
    public void Configure(EntityTypeBuilder<PostChange> builder)
    {
        builder.Property(change => change.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(change => change.Priority).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(change => change.Labels);
        builder.HasIndex(change => change.PostId);
        builder.HasOne<Post>().WithMany().HasForeignKey(change => change.PostId).OnDelete(DeleteBehavior.Restrict);
    }
}
