using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class TriageRuleConfiguration : IEntityTypeConfiguration<TriageRule>
{
    public void Configure(EntityTypeBuilder<TriageRule> builder)
    {
        builder.Property(rule => rule.Name).HasMaxLength(TriageRule.MaxNameLength);
        builder.Property(rule => rule.Label).HasConversion<string>().HasMaxLength(32);
        builder.Property(rule => rule.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(rule => rule.MatchKind).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(rule => rule.Terms);
        builder.PrimitiveCollection(rule => rule.ExcludeTerms);
        builder.PrimitiveCollection(rule => rule.ChannelKinds);
        builder.HasIndex(rule => rule.Name).IsUnique();
    }
}
