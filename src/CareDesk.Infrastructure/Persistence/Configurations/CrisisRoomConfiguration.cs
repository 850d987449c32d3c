using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening.Anomalies;
using CareDesk.Domain.Listening.Crisis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class CrisisRoomConfiguration : IEntityTypeConfiguration<CrisisRoom>
{
    public void Configure(EntityTypeBuilder<CrisisRoom> builder)
    {
        builder.Property(room => room.Title).HasMaxLength(CrisisRoom.MaxTitleLength);
        builder.Property(room => room.OpenedBy).HasMaxLength(80);
        builder.Ignore(room => room.IsOpen);
        builder.HasIndex(room => room.Number).IsUnique();
        builder.HasIndex(room => room.AlertId);
        builder.HasMany(room => room.Timeline).WithOne().HasForeignKey(action => action.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(room => room.Timeline).AutoInclude(false);
        builder.HasOne<Brand>().WithMany().HasForeignKey(room => room.BrandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ListeningAlert>().WithMany().HasForeignKey(room => room.AlertId).OnDelete(DeleteBehavior.Restrict);
    }
}
