using CareDesk.Domain.CallCenter;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class CallCenterInteractionConfiguration : IEntityTypeConfiguration<CallCenterInteraction>
{
    public void Configure(EntityTypeBuilder<CallCenterInteraction> builder)
    {
        builder.Property(item => item.InteractionId).HasMaxLength(CallCenterInteraction.MaxInteractionIdLength);
        builder.Property(item => item.Brand).HasMaxLength(CallCenterInteraction.MaxNameLength);
        builder.Property(item => item.Team).HasMaxLength(CallCenterInteraction.MaxNameLength);
        builder.Property(item => item.Agent).HasMaxLength(CallCenterInteraction.MaxNameLength);
        builder.PrimitiveCollection(item => item.Labels);
        // Importing the same interaction twice must not count it twice.
        builder.HasIndex(item => item.InteractionId).IsUnique();
        builder.HasIndex(item => item.StartedAt);
    }
}
