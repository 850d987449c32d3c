using CareDesk.Domain.Templates;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ResponseTemplateConfiguration : IEntityTypeConfiguration<ResponseTemplate>
{
    public void Configure(EntityTypeBuilder<ResponseTemplate> builder)
    {
        builder.ToTable("Templates");
        builder.Property(template => template.Name).HasMaxLength(ResponseTemplate.MaxNameLength);
        builder.Property(template => template.JobCode).HasMaxLength(ResponseTemplate.MaxJobCodeLength);
        builder.Property(template => template.Body).HasMaxLength(ResponseTemplate.MaxBodyLength);
        builder.Property(template => template.MaterialId).HasMaxLength(ResponseTemplate.MaxJobCodeLength + 12);
        builder.Property(template => template.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(template => template.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(template => template.Audience).HasConversion<string>().HasMaxLength(20).HasDefaultValue(TemplateAudience.Public);
        builder.Property(template => template.Author).HasMaxLength(80);
        builder.Property(template => template.StatusReason).HasMaxLength(ResponseTemplate.MaxReasonLength);
        builder.Property(template => template.LabelVersion).HasMaxLength(ResponseTemplate.MaxLabelVersionLength);
        builder.Property(template => template.ApprovedBy).HasMaxLength(300);
        builder.Property(template => template.BenefitClaim).HasMaxLength(ResponseTemplate.MaxBenefitClaimLength);
        builder.Property(template => template.Approvals).HasJsonConversion();
        builder.PrimitiveCollection(template => template.Markets);
        builder.HasIndex(template => template.FamilyId);
        builder.HasIndex(template => template.MaterialId).IsUnique();
        builder.HasIndex(template => template.BrandId);
        builder.Property(template => template.Variables).HasJsonConversion();
        builder.PrimitiveCollection(template => template.Labels);
        builder.PrimitiveCollection(template => template.ChannelKinds);
        builder.HasIndex(template => new { template.JobCode, template.Version }).IsUnique();
    }
}
