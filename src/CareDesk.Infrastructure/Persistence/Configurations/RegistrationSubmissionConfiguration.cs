using CareDesk.Domain.Privacy;
using CareDesk.Domain.Registration;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class RegistrationSubmissionConfiguration : IEntityTypeConfiguration<RegistrationSubmission>
{
    public void Configure(EntityTypeBuilder<RegistrationSubmission> builder)
    {
        // The e-mail is the contact reference a contact profile joins on.
        builder.HasIndex(submission => submission.Email);
        builder.HasIndex(submission => new { submission.BrandSlug, submission.FormSlug });
        builder.HasOne<RegistrationForm>().WithMany().HasForeignKey(submission => submission.FormId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(submission => submission.ConsentRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(submission => submission.BrandSlug).HasMaxLength(Domain.Channels.Brand.MaxNameLength);
        builder.Property(submission => submission.FormSlug).HasMaxLength(RegistrationForm.MaxSlugLength);
        builder.Property(submission => submission.Email).HasMaxLength(ConsentRecord.MaxShortLength);
        builder.Property(submission => submission.Answers).HasJsonConversion();
        builder.Property(submission => submission.ConsentTextShown).HasMaxLength(ConsentRecord.MaxTextLength);
        builder.Property(submission => submission.ConsentVersion).HasMaxLength(RegistrationForm.MaxConsentVersionLength);
        builder.Property(submission => submission.ConsentPurpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(submission => submission.ConsentDecision).HasConversion<string>().HasMaxLength(20);
        builder.Property(submission => submission.EmailVerifiedBy).HasMaxLength(RegistrationSubmission.MaxProviderLength);
    }
}
