using CareDesk.Domain.Cases;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(item => item.ThreadKey).HasMaxLength(200);
        builder.Property(item => item.Author).HasMaxLength(200);
        builder.Property(item => item.Summary).HasMaxLength(Case.MaxSummaryLength);
        builder.Property(item => item.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(item => item.Assignee).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(item => item.Team).HasMaxLength(64);
        builder.Property(item => item.LegalHoldReason).HasMaxLength(500);
        builder.Ignore(item => item.IsAdverseEventRecord);
        builder.PrimitiveCollection(item => item.Labels);
        builder.PrimitiveCollection(item => item.EscalatedTo);
        builder.HasIndex(item => item.Number).IsUnique();
        // One case per thread per channel: a later post in the thread reopens it rather than starting another.
        builder.HasIndex(item => new { item.ChannelId, item.ThreadKey }).IsUnique();
        builder.HasIndex(item => new { item.Status, item.NextDueAt });
        builder.HasOne<Channel>().WithMany().HasForeignKey(item => item.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(item => item.Clocks).WithOne().HasForeignKey(clock => clock.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(item => item.Clocks).AutoInclude(false);
    }
}
