using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ContactIdentityConfiguration : IEntityTypeConfiguration<ContactIdentity>
{
    public void Configure(EntityTypeBuilder<ContactIdentity> builder)
    {
        builder.Property(identity => identity.Channel).HasMaxLength(ContactIdentity.MaxChannelLength);
        builder.Property(identity => identity.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(identity => identity.Value).HasMaxLength(ContactIdentity.MaxValueLength);
        builder.Property(identity => identity.Source).HasMaxLength(80);
        // One identity is one person: two profiles can never both hold "jane" on X.
        builder.HasIndex(identity => new { identity.Channel, identity.Kind, identity.Value }).IsUnique();
        builder.HasIndex(identity => new { identity.Kind, identity.Value });
        builder.HasIndex(identity => identity.ProfileId);
    }
}
