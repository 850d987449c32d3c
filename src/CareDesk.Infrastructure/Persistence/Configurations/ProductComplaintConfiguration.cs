using CareDesk.Domain.Cases;
using CareDesk.Domain.Quality;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class ProductComplaintConfiguration : IEntityTypeConfiguration<ProductComplaint>
{
    public void Configure(EntityTypeBuilder<ProductComplaint> builder)
    {
        builder.Property(item => item.Product).HasMaxLength(ProductComplaint.MaxFieldLength);
        builder.Property(item => item.Strength).HasMaxLength(ProductComplaint.MaxFieldLength);
        builder.Property(item => item.LotNumber).HasMaxLength(ProductComplaint.MaxFieldLength);
        builder.Property(item => item.LotUnavailableReason).HasMaxLength(ProductComplaint.MaxFieldLength);
        builder.Property(item => item.Complainant).HasMaxLength(ProductComplaint.MaxFieldLength);
        builder.Property(item => item.ContactRoute).HasMaxLength(ProductComplaint.MaxFieldLength);
        builder.Property(item => item.Description).HasMaxLength(ProductComplaint.MaxDescriptionLength);
        builder.Property(item => item.ReplySent).HasMaxLength(ProductComplaint.MaxDescriptionLength);
        builder.Property(item => item.RecordedBy).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(item => item.Defect).HasMaxLength(ProductComplaint.MaxDefectLength);
        builder.HasIndex(item => item.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(item => item.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
