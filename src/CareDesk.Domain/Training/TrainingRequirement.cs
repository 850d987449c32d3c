using CareDesk.Domain.Common;
using CareDesk.Domain.Training.Rules;
using CareDesk.Domain.Users;

namespace CareDesk.Domain.Training;

/// <summary>A course everyone in a role must hold, for every brand (<see cref="BrandId"/> null) or for one brand's cases only (R18).</summary>
public sealed class TrainingRequirement
{
    private TrainingRequirement()
    {
        CourseCode = string.Empty;
    }

    public Guid Id { get; private set; }

    public UserRole Role { get; private set; }

    public Guid? BrandId { get; private set; }

    public string CourseCode { get; private set; }

    public static TrainingRequirement Create(UserRole role, Guid? brandId, string courseCode)
    {
        BusinessRules.Check(new TrainingFieldMustFitRule("courseCode", courseCode, TrainingRecord.MaxCourseLength));
        return new() { Id = Guid.NewGuid(), Role = role, BrandId = brandId, CourseCode = TrainingRecord.NormalizeCourse(courseCode) };
    }

    /// <summary>Whether this requirement applies to work on <paramref name="brandId"/> (null: work not tied to one brand, such as the queue).</summary>
    public bool AppliesTo(UserRole role, Guid? brandId) => Role == role && (BrandId is null || BrandId == brandId);
}
