using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class TemplateExpiryNoticeConfiguration : IEntityTypeConfiguration<TemplateExpiryNotice>
{
    public void Configure(EntityTypeBuilder<TemplateExpiryNotice> builder)
    {
        builder.Property(notice => notice.MaterialId).HasMaxLength(ResponseTemplate.MaxJobCodeLength + 12);
        builder.Property(notice => notice.Owner).HasMaxLength(80);
        builder.Property(notice => notice.Message).HasMaxLength(500);
        // Each lead time is announced once per version and expiry date, even if two sweepers race (R49).
        builder.HasIndex(notice => new { notice.TemplateId, notice.LeadDays, notice.ExpiresOn }).IsUnique();
        builder.HasIndex(notice => notice.Owner);
        builder.HasOne<ResponseTemplate>().WithMany().HasForeignKey(notice => notice.TemplateId).OnDelete(DeleteBehavior.Restrict);
    }
}
