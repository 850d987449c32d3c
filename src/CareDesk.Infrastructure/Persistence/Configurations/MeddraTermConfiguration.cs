using CareDesk.Domain.Pharmacovigilance.Meddra;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class MeddraTermConfiguration : IEntityTypeConfiguration<MeddraTerm>
{
    public void Configure(EntityTypeBuilder<MeddraTerm> builder)
    {
        builder.Property(term => term.LltName).HasMaxLength(MeddraTerm.MaxNameLength);
        builder.Property(term => term.PtName).HasMaxLength(MeddraTerm.MaxNameLength);
        builder.HasIndex(term => new { term.ReleaseId, term.LltCode }).IsUnique();
        builder.Property(term => term.SearchName).HasMaxLength(MeddraTerm.MaxNameLength);
        builder.HasIndex(term => new { term.ReleaseId, term.SearchName });
        builder.HasOne<MeddraRelease>().WithMany().HasForeignKey(term => term.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
