using CareDesk.Domain.Channels;
using CareDesk.Domain.Privacy;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.HasIndex(record => new { record.ChannelKey, record.Handle });
        builder.Property(record => record.ChannelKey).HasMaxLength(Channel.MaxKeyLength);
        builder.Property(record => record.Handle).HasMaxLength(ConsentRecord.MaxShortLength);
        builder.Property(record => record.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(record => record.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(record => record.TextShown).HasMaxLength(ConsentRecord.MaxTextLength);
        builder.Property(record => record.TextVersion).HasMaxLength(20);
        builder.Property(record => record.Scope).HasMaxLength(ConsentRecord.MaxShortLength);
        builder.Property(record => record.Source).HasMaxLength(ConsentRecord.MaxShortLength);
        builder.Property(record => record.CapturedBy).HasMaxLength(UserAccount.MaxUserNameLength + 16);
    }
}
