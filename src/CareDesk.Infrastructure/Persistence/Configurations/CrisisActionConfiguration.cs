using CareDesk.Domain.Listening.Crisis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class CrisisActionConfiguration : IEntityTypeConfiguration<CrisisAction>
{
    public void Configure(EntityTypeBuilder<CrisisAction> builder)
    {
        builder.ToTable("CrisisActions");
        builder.Property(action => action.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(action => action.Text).HasMaxLength(CrisisAction.MaxTextLength);
        builder.Property(action => action.Actor).HasMaxLength(80);
        builder.HasIndex(action => new { action.RoomId, action.At });
    }
}
