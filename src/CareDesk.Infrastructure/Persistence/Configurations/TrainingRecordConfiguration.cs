using CareDesk.Domain.Training;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.Property(record => record.CourseCode).HasMaxLength(TrainingRecord.MaxCourseLength);
        builder.Property(record => record.CourseVersion).HasMaxLength(TrainingRecord.MaxVersionLength);
        builder.Property(record => record.RecordedBy).HasMaxLength(UserAccount.MaxUserNameLength + 16);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(record => record.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(record => new { record.UserId, record.CourseCode });
    }
}
