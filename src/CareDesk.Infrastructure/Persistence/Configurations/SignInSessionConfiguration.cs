using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.Property(session => session.UserName).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(session => session.EndReason).HasMaxLength(40);
        // "Mark device lost" ends every open session of one user.
        builder.HasIndex(session => new { session.UserName, session.EndedAt });
    }
}
