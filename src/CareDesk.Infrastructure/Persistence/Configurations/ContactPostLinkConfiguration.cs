using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ContactPostLinkConfiguration : IEntityTypeConfiguration<ContactPostLink>
{
    public void Configure(EntityTypeBuilder<ContactPostLink> builder)
    {
        builder.HasKey(link => link.PostId);
        builder.HasIndex(link => link.IdentityId);
    }
}
