using CareDesk.Domain.Pharmacovigilance.Meddra;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class MeddraReleaseConfiguration : IEntityTypeConfiguration<MeddraRelease>
{
    public void Configure(EntityTypeBuilder<MeddraRelease> builder)
    {
        builder.Property(release => release.Version).HasMaxLength(MeddraRelease.MaxVersionLength);
        builder.Property(release => release.Language).HasMaxLength(MeddraRelease.MaxLanguageLength);
        builder.Property(release => release.LoadedBy).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.HasIndex(release => release.Version).IsUnique();
    }
}
