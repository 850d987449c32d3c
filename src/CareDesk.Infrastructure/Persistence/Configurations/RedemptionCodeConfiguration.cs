using CareDesk.Domain.Cases;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Roi;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class RedemptionCodeConfiguration : IEntityTypeConfiguration<RedemptionCode>
{
    public void Configure(EntityTypeBuilder<RedemptionCode> builder)
    {
        builder.Property(code => code.Code).HasMaxLength(CouponCode.FormattedLength);
        builder.Property(code => code.Campaign).HasMaxLength(TrackedLink.MaxCampaignLength);
        builder.Property(code => code.IssuedBy).HasMaxLength(80);
        // Uniqueness is the database's job: two issuers can never hand out the same code.
        builder.HasIndex(code => code.Code).IsUnique();
        builder.HasIndex(code => new { code.BrandId, code.IssuedAt });
        builder.HasIndex(code => code.CaseId);
        builder.HasOne<Brand>().WithMany().HasForeignKey(code => code.BrandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(code => code.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Channel>().WithMany().HasForeignKey(code => code.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResponseTemplate>().WithMany().HasForeignKey(code => code.TemplateId).OnDelete(DeleteBehavior.Restrict);
    }
}
