using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class SecurityAlertConfiguration : IEntityTypeConfiguration<SecurityAlert>
{
    public void Configure(EntityTypeBuilder<SecurityAlert> builder)
    {
        builder.Property(alert => alert.UserName).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(alert => alert.Kind).HasMaxLength(40);
        builder.Property(alert => alert.Detail).HasMaxLength(500);
        builder.HasIndex(alert => alert.RaisedAt);
    }
}
