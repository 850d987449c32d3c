using CareDesk.Domain.Security;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class SecurityIncidentConfiguration : IEntityTypeConfiguration<SecurityIncident>
{
    public void Configure(EntityTypeBuilder<SecurityIncident> builder)
    {
        builder.HasIndex(incident => incident.Number).IsUnique();
        builder.Property(incident => incident.Title).HasMaxLength(SecurityIncident.MaxTitleLength);
        builder.Property(incident => incident.Description).HasMaxLength(SecurityIncident.MaxTextLength);
        builder.Property(incident => incident.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(incident => incident.RaisedBy).HasMaxLength(UserAccount.MaxUserNameLength + 16);
        builder.Property(incident => incident.SourceAuditSequences).HasJsonConversion();
        builder.Property(incident => incident.AffectedRecords).HasJsonConversion();
        builder.Property(incident => incident.Steps).HasJsonConversion();
        builder.Ignore(incident => incident.IsOpen);
    }
}
