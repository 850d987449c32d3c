using CareDesk.Domain.Channels;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ContactProfileConfiguration : IEntityTypeConfiguration<ContactProfile>
{
    public void Configure(EntityTypeBuilder<ContactProfile> builder)
    {
        builder.HasIndex(profile => profile.Number).IsUnique();
        builder.HasIndex(profile => profile.MergedIntoId);
        builder.Property(profile => profile.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(profile => profile.RoleSource).HasConversion<string>().HasMaxLength(20);
        builder.Property(profile => profile.PreferredChannel).HasMaxLength(Channel.MaxKeyLength);
        builder.Property(profile => profile.Language).HasMaxLength(ContactProfile.MaxLanguageLength);
        builder.Property(profile => profile.EngagementRate).HasPrecision(5, 2);
    }
}
