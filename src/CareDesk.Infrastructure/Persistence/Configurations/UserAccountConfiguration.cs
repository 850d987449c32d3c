using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("Users");
        builder.Property(user => user.UserName).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(user => user.DisplayName).HasMaxLength(100);
        builder.Property(user => user.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(user => user.Team).HasMaxLength(64);
        builder.Property(user => user.PasswordHash).HasMaxLength(200);
        builder.PrimitiveCollection(user => user.ReviewerRoles);
        builder.HasIndex(user => user.UserName).IsUnique();
    }
}
