using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class KeyOpinionLeaderConfiguration : IEntityTypeConfiguration<KeyOpinionLeader>
{
    public void Configure(EntityTypeBuilder<KeyOpinionLeader> builder)
    {
        builder.HasIndex(kol => new { kol.ProfileId, kol.TherapyArea }).IsUnique();
        builder.Property(kol => kol.TherapyArea).HasMaxLength(KeyOpinionLeader.MaxTherapyAreaLength);
        builder.Property(kol => kol.AddedBy).HasMaxLength(100);
    }
}
