using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ContactMatchProposalConfiguration : IEntityTypeConfiguration<ContactMatchProposal>
{
    public void Configure(EntityTypeBuilder<ContactMatchProposal> builder)
    {
        builder.Property(proposal => proposal.Evidence).HasMaxLength(200);
        builder.Property(proposal => proposal.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(proposal => proposal.DecidedBy).HasMaxLength(80);
        builder.HasIndex(proposal => proposal.ProfileId);
        builder.HasIndex(proposal => proposal.CandidateId);
    }
}
