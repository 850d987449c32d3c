using CareDesk.Domain.Signatures;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ElectronicSignatureConfiguration : IEntityTypeConfiguration<ElectronicSignature>
{
    public void Configure(EntityTypeBuilder<ElectronicSignature> builder)
    {
        builder.ToTable("Signatures");
        builder.Property(signature => signature.RecordType).HasMaxLength(ElectronicSignature.MaxRecordTypeLength);
        builder.Property(signature => signature.SignerUserName).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(signature => signature.PrintedName).HasMaxLength(100);
        builder.Property(signature => signature.Meaning).HasConversion<string>().HasMaxLength(40);
        builder.Property(signature => signature.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(signature => signature.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.Property(signature => signature.Comment).HasMaxLength(ElectronicSignature.MaxCommentLength);
        builder.HasIndex(signature => new { signature.RecordType, signature.RecordId });
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(signature => signature.SignerUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
