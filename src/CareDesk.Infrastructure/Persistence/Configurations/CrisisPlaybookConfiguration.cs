using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening.Crisis;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class CrisisPlaybookConfiguration : IEntityTypeConfiguration<CrisisPlaybook>
{
    public void Configure(EntityTypeBuilder<CrisisPlaybook> builder)
    {
        builder.Property(playbook => playbook.Roster).HasJsonConversion();
        builder.Property(playbook => playbook.Guidance).HasMaxLength(CrisisPlaybook.MaxGuidanceLength);
        builder.HasIndex(playbook => playbook.BrandId).IsUnique();
        builder.HasOne<Brand>().WithMany().HasForeignKey(playbook => playbook.BrandId).OnDelete(DeleteBehavior.Restrict);
    }
}
