using CareDesk.Domain.Security;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class HipaaDeterminationConfiguration : IEntityTypeConfiguration<HipaaDetermination>
{
    public void Configure(EntityTypeBuilder<HipaaDetermination> builder)
    {
        builder.HasIndex(determination => determination.Scope).IsUnique();
        builder.Property(determination => determination.Scope).HasMaxLength(HipaaDetermination.MaxScopeLength);
        builder.Property(determination => determination.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(determination => determination.Rationale).HasMaxLength(HipaaDetermination.MaxRationaleLength);
        builder.Property(determination => determination.DecidedBy).HasMaxLength(UserAccount.MaxUserNameLength + 16);
    }
}
