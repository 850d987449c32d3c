using CareDesk.Domain.Cases;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.Property(note => note.Author).HasMaxLength(UserAccount.MaxUserNameLength + 16);
        builder.Property(note => note.Text).HasMaxLength(CaseNote.MaxTextLength);
        builder.HasIndex(note => note.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(note => note.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
