using CareDesk.Domain.Cases;
using CareDesk.Domain.Replies;
using CareDesk.Domain.Templates;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>
{
    public void Configure(EntityTypeBuilder<Reply> builder)
    {
        builder.Property(reply => reply.JobCode).HasMaxLength(ResponseTemplate.MaxJobCodeLength);
        builder.Property(reply => reply.Text).HasMaxLength(ResponseTemplate.MaxBodyLength * 2);
        builder.Property(reply => reply.MaterialId).HasMaxLength(ResponseTemplate.MaxJobCodeLength + 12);
        builder.Property(reply => reply.SentBy).HasMaxLength(80);
        builder.Property(reply => reply.InReplyToExternalId).HasMaxLength(200);
        builder.Property(reply => reply.Variables).HasJsonConversion();
        builder.HasIndex(reply => reply.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(reply => reply.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResponseTemplate>().WithMany().HasForeignKey(reply => reply.TemplateId).OnDelete(DeleteBehavior.Restrict);
    }
}
