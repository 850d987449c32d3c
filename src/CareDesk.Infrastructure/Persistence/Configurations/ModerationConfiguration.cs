using CareDesk.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class PageModerationConfiguration : IEntityTypeConfiguration<PageModeration>
{
    public void Configure(EntityTypeBuilder<PageModeration> builder)
    {
        builder.HasKey(page => page.ChannelId);
        builder.Property(page => page.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(page => page.ChangedBy).HasMaxLength(100);
    }
}

public sealed class CommunityGuidelinesConfiguration : IEntityTypeConfiguration<CommunityGuidelines>
{
    public void Configure(EntityTypeBuilder<CommunityGuidelines> builder)
    {
        builder.HasKey(guidelines => guidelines.BrandId);
        builder.Property(guidelines => guidelines.Text).HasMaxLength(CommunityGuidelines.MaxTextLength);
        builder.Property(guidelines => guidelines.Explanation).HasMaxLength(CommunityGuidelines.MaxExplanationLength);
        builder.PrimitiveCollection(guidelines => guidelines.ProfanityTerms);
        builder.PrimitiveCollection(guidelines => guidelines.SpamTerms);
        builder.Property(guidelines => guidelines.ChangedBy).HasMaxLength(100);
    }
}

public sealed class ModeratedItemConfiguration : IEntityTypeConfiguration<ModeratedItem>
{
    public void Configure(EntityTypeBuilder<ModeratedItem> builder)
    {
        builder.HasIndex(item => item.PostId).IsUnique();
        builder.HasIndex(item => new { item.State, item.ScreenedAt });
        builder.Property(item => item.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(item => item.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(item => item.PendingAction).HasConversion<string>().HasMaxLength(20);
        builder.Property(item => item.Explanation).HasMaxLength(CommunityGuidelines.MaxExplanationLength + 200);
        builder.Property(item => item.Note).HasMaxLength(ModeratedItem.MaxNoteLength);
        builder.Property(item => item.ScreenedBy).HasMaxLength(100);
        builder.Property(item => item.ChangedBy).HasMaxLength(100);
    }
}
