using CareDesk.Domain.Channels;
using CareDesk.Domain.Roi;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class TrackedLinkConfiguration : IEntityTypeConfiguration<TrackedLink>
{
    public void Configure(EntityTypeBuilder<TrackedLink> builder)
    {
        builder.Property(link => link.Code).HasMaxLength(ShortLinkCode.Length);
        builder.Property(link => link.ChannelKey).HasMaxLength(Channel.MaxKeyLength);
        builder.Property(link => link.TemplateJobCode).HasMaxLength(ResponseTemplate.MaxJobCodeLength);
        builder.Property(link => link.Campaign).HasMaxLength(TrackedLink.MaxCampaignLength);
        builder.Property(link => link.Destination).HasMaxLength(LinkDestination.MaxLength);
        builder.Property(link => link.CreatedBy).HasMaxLength(80);
        builder.Ignore(link => link.Utm);
        // The redirect looks links up by code; the database, not the generator, guarantees no two links share one.
        builder.HasIndex(link => link.Code).IsUnique();
        builder.HasIndex(link => new { link.BrandId, link.CreatedAt });
        builder.HasOne<Brand>().WithMany().HasForeignKey(link => link.BrandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Channel>().WithMany().HasForeignKey(link => link.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResponseTemplate>().WithMany().HasForeignKey(link => link.TemplateId).OnDelete(DeleteBehavior.Restrict);
    }
}
