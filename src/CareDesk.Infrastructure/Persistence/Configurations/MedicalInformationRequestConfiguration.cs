using CareDesk.Domain.Cases;
using CareDesk.Domain.MedicalInformation;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class MedicalInformationRequestConfiguration : IEntityTypeConfiguration<MedicalInformationRequest>
{
    public void Configure(EntityTypeBuilder<MedicalInformationRequest> builder)
    {
        builder.Property(item => item.Requester).HasMaxLength(200);
        builder.Property(item => item.Question).HasMaxLength(MedicalInformationRequest.MaxQuestionLength);
        builder.Property(item => item.RoutedBy).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(item => item.AnswerReference).HasMaxLength(MedicalInformationRequest.MaxReferenceLength);
        builder.Property(item => item.AnsweredBy).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.HasIndex(item => item.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(item => item.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
