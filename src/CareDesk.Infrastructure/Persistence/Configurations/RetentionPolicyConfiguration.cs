using CareDesk.Domain.Retention;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class RetentionPolicyConfiguration : IEntityTypeConfiguration<RetentionPolicy>
{
    public void Configure(EntityTypeBuilder<RetentionPolicy> builder)
    {
        builder.HasKey(policy => policy.RecordClass);
        builder.Property(policy => policy.RecordClass).HasConversion<string>().HasMaxLength(30);
        builder.Property(policy => policy.ChangedBy).HasMaxLength(UserAccount.MaxUserNameLength + 16);
        builder.Ignore(policy => policy.Floor);
    }
}
