using CareDesk.Domain.Channels;
using CareDesk.Domain.Listening;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ListeningQueryConfiguration : IEntityTypeConfiguration<ListeningQuery>
{
    public void Configure(EntityTypeBuilder<ListeningQuery> builder)
    {
        builder.Property(query => query.Name).HasMaxLength(ListeningQuery.MaxNameLength);
        builder.Property(query => query.Expression).HasMaxLength(ListeningQuery.MaxExpressionLength);
        builder.PrimitiveCollection(query => query.BrandTerms);
        builder.PrimitiveCollection(query => query.CompetitorTerms);
        builder.HasIndex(query => new { query.BrandId, query.Name }).IsUnique();
        builder.HasOne<Brand>().WithMany().HasForeignKey(query => query.BrandId).OnDelete(DeleteBehavior.Restrict);
    }
}
