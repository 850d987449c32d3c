using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ContactMergeConfiguration : IEntityTypeConfiguration<ContactMerge>
{
    public void Configure(EntityTypeBuilder<ContactMerge> builder)
    {
        builder.PrimitiveCollection(merge => merge.IdentityIds);
        builder.Property(merge => merge.Reason).HasMaxLength(ContactMerge.MaxReasonLength);
        builder.Property(merge => merge.UndoReason).HasMaxLength(ContactMerge.MaxReasonLength);
        builder.Property(merge => merge.MergedBy).HasMaxLength(80);
        builder.Property(merge => merge.UndoneBy).HasMaxLength(80);
        builder.HasIndex(merge => merge.MergedId);
        builder.HasIndex(merge => merge.SurvivorId);
    }
}
