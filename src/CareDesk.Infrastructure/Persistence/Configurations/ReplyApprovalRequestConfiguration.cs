using CareDesk.Domain.Cases;
using CareDesk.Domain.Replies.Approvals;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ReplyApprovalRequestConfiguration : IEntityTypeConfiguration<ReplyApprovalRequest>
{
    public void Configure(EntityTypeBuilder<ReplyApprovalRequest> builder)
    {
        builder.Property(request => request.JobCode).HasMaxLength(ResponseTemplate.MaxJobCodeLength);
        builder.Property(request => request.TemplateText).HasMaxLength(ResponseTemplate.MaxBodyLength * 2);
        builder.Property(request => request.ProposedText).HasMaxLength(ReplyApprovalRequest.MaxProposedTextLength * 2);
        builder.Property(request => request.ProposedTextSha256).HasMaxLength(64);
        builder.Property(request => request.InReplyToExternalId).HasMaxLength(200);
        builder.Property(request => request.RequestedBy).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(request => request.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(request => request.Variables).HasJsonConversion();
        builder.Property(request => request.Triggers).HasJsonConversion();
        builder.Property(request => request.Tiers).HasJsonConversion();
        builder.Property(request => request.Decisions).HasJsonConversion();
        builder.Ignore(request => request.CurrentTierDefinition);
        builder.HasIndex(request => new { request.Status, request.ExpiresAt });
        builder.HasIndex(request => request.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(request => request.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResponseTemplate>().WithMany().HasForeignKey(request => request.TemplateId).OnDelete(DeleteBehavior.Restrict);
    }
}
