using CareDesk.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class TrainingRequirementConfiguration : IEntityTypeConfiguration<TrainingRequirement>
{
    public void Configure(EntityTypeBuilder<TrainingRequirement> builder)
    {
        builder.Property(requirement => requirement.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(requirement => requirement.CourseCode).HasMaxLength(TrainingRecord.MaxCourseLength);
        builder.HasIndex(requirement => new { requirement.Role, requirement.BrandId, requirement.CourseCode }).IsUnique();
    }
}
