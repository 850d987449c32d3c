using CareDesk.Domain.Privacy;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> builder)
    {
        builder.HasIndex(request => request.DueAt);
        builder.Property(request => request.Subject).HasMaxLength(DataSubjectRequest.MaxSubjectLength);
        builder.Property(request => request.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(request => request.Regime).HasConversion<string>().HasMaxLength(10);
        builder.Property(request => request.RequestedBy).HasMaxLength(UserAccount.MaxUserNameLength + 16);
        builder.Property(request => request.Items).HasJsonConversion();
        builder.Property(request => request.ResponseLetter).HasMaxLength(16000);
        builder.Property(request => request.ExtensionReason).HasMaxLength(DataSubjectRequest.MaxReasonLength);
        builder.Property(request => request.Decision).HasConversion<string>().HasMaxLength(10);
        builder.Property(request => request.DecisionReason).HasMaxLength(DataSubjectRequest.MaxReasonLength);
        builder.Property(request => request.Correction).HasMaxLength(DataSubjectRequest.MaxCorrectionLength);
        builder.Ignore(request => request.FirstDueAt);
    }
}
