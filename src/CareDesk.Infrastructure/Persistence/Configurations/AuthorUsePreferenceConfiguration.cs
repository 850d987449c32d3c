using CareDesk.Domain.Listening;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class AuthorUsePreferenceConfiguration : IEntityTypeConfiguration<AuthorUsePreference>
{
    public void Configure(EntityTypeBuilder<AuthorUsePreference> builder)
    {
        builder.Property(preference => preference.AuthorPseudonym).HasMaxLength(AuthorUsePreference.PseudonymLength);
        builder.HasIndex(preference => preference.AuthorPseudonym).IsUnique();
    }
}
