using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

/// <summary>One counter per link and UTC day; the key makes the first click of a day race-safe (the loser adds to the winner's row).</summary>
public sealed class LinkClickDayConfiguration : IEntityTypeConfiguration<LinkClickDay>
{
    public void Configure(EntityTypeBuilder<LinkClickDay> builder)
    {
        builder.HasKey(day => new { day.LinkId, day.Day });
        builder.HasOne<TrackedLink>().WithMany().HasForeignKey(day => day.LinkId).OnDelete(DeleteBehavior.Restrict);
    }
}
