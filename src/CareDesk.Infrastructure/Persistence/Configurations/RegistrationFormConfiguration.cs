using CareDesk.Domain.Privacy;
using CareDesk.Domain.Registration;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class RegistrationFormConfiguration : IEntityTypeConfiguration<RegistrationForm>
{
    public void Configure(EntityTypeBuilder<RegistrationForm> builder)
    {
        builder.HasIndex(form => new { form.BrandSlug, form.FormSlug, form.Version }).IsUnique();
        builder.Property(form => form.BrandSlug).HasMaxLength(Domain.Channels.Brand.MaxNameLength);
        builder.Property(form => form.FormSlug).HasMaxLength(RegistrationForm.MaxSlugLength);
        builder.Property(form => form.Title).HasMaxLength(RegistrationForm.MaxTitleLength);
        builder.Property(form => form.Audience).HasConversion<string>().HasMaxLength(30);
        builder.Property(form => form.Style).HasConversion<string>().HasMaxLength(20);
        builder.Property(form => form.Fields).HasJsonConversion();
        builder.Property(form => form.ConsentText).HasMaxLength(ConsentRecord.MaxTextLength);
        builder.Property(form => form.ConsentVersion).HasMaxLength(RegistrationForm.MaxConsentVersionLength);
        builder.Property(form => form.ConsentPurpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(form => form.PublishedBy).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Ignore(form => form.Path);
    }
}
