using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.AuditKeys;

public sealed class AuditSubjectKeyConfiguration : IEntityTypeConfiguration<AuditSubjectKey>
{
    public void Configure(EntityTypeBuilder<AuditSubjectKey> builder)
    {
        builder.ToTable("AuditSubjectKeys");
        builder.HasKey(key => key.Owner);
        builder.Property(key => key.Key).HasMaxLength(32);
    }
}
