using CareDesk.Domain.Channels;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class EngagementScopeConfiguration : IEntityTypeConfiguration<EngagementScope>
{
    public void Configure(EntityTypeBuilder<EngagementScope> builder)
    {
        builder.HasKey(scope => scope.BrandId);
        builder.HasOne<Brand>().WithMany().HasForeignKey(scope => scope.BrandId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(scope => scope.EnabledChannelKeys);
        builder.PrimitiveCollection(scope => scope.EnabledListeningSources);
        builder.PrimitiveCollection(scope => scope.PilotChannelKeys);
        builder.PrimitiveCollection(scope => scope.PilotLabels);
        builder.Property(scope => scope.ChangedBy).HasMaxLength(UserAccount.MaxUserNameLength + 16);
    }
}
