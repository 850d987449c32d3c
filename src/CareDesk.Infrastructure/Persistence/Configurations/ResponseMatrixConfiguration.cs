using CareDesk.Domain.Channels;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ResponseMatrixConfiguration : IEntityTypeConfiguration<ResponseMatrix>
{
    public void Configure(EntityTypeBuilder<ResponseMatrix> builder)
    {
        builder.Property(matrix => matrix.Market).HasMaxLength(ResponseMatrix.MaxMarketLength);
        builder.Property(matrix => matrix.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(matrix => matrix.ContentHash).HasMaxLength(64);
        builder.Property(matrix => matrix.CreatedBy).HasMaxLength(UserAccount.MaxUserNameLength + 16);
        builder.Property(matrix => matrix.ApprovedBy).HasMaxLength(UserAccount.MaxUserNameLength + 16);
        builder.HasOne<Brand>().WithMany().HasForeignKey(matrix => matrix.BrandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(matrix => new { matrix.BrandId, matrix.Market, matrix.Version }).IsUnique();
        builder.OwnsMany(matrix => matrix.Entries, entries =>
        {
            entries.ToJson();
            entries.Property(entry => entry.Label).HasConversion<string>();
            entries.Property(entry => entry.ChannelKind).HasConversion<string>();
            entries.Property(entry => entry.Action).HasConversion<string>();
        });
    }
}
