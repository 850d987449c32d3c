using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening.Anomalies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ListeningAlertConfiguration : IEntityTypeConfiguration<ListeningAlert>
{
    public void Configure(EntityTypeBuilder<ListeningAlert> builder)
    {
        builder.Property(alert => alert.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(alert => alert.Summary).HasMaxLength(ListeningAlert.MaxSummaryLength);
        builder.Property(alert => alert.AcknowledgedBy).HasMaxLength(80);
        builder.PrimitiveCollection(alert => alert.PostIds);
        // One alert per brand, kind and hour, however often the detector runs over that hour.
        builder.HasIndex(alert => new { alert.BrandId, alert.Kind, alert.WindowStart }).IsUnique();
        builder.HasIndex(alert => alert.RaisedAt);
        builder.HasOne<Brand>().WithMany().HasForeignKey(alert => alert.BrandId).OnDelete(DeleteBehavior.Restrict);
    }
}
