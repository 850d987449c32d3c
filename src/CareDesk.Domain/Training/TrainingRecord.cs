using CareDesk.Domain.Common;
using CareDesk.Domain.Training.Rules;

namespace CareDesk.Domain.Training;

/// <summary>
/// One completed course of one user (R18): the course and its version, when it was completed and until when it counts.
/// Records are never edited; a refresher is a new record, so the history of who was trained when stays intact.
/// </summary>
public sealed class TrainingRecord
{
    public const int MaxCourseLength = 64;
    public const int MaxVersionLength = 32;

    private TrainingRecord()
    {
        CourseCode = string.Empty;
        CourseVersion = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The course, e.g. "AE-PQC-RECOGNITION": what a <see cref="TrainingRequirement"/> names.</summary>
    public string CourseCode { get; private set; }

    public string CourseVersion { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    /// <summary>The last day the training counts (inclusive): on the day after, access lapses.</summary>
    public DateOnly ExpiresOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static TrainingRecord Record(Guid userId, string courseCode, string courseVersion, DateOnly completedOn, DateOnly expiresOn, string recordedBy, DateTimeOffset at)
    {
        BusinessRules.Check(new TrainingFieldMustFitRule("courseCode", courseCode, MaxCourseLength));
        BusinessRules.Check(new TrainingFieldMustFitRule("courseVersion", courseVersion, MaxVersionLength));
        BusinessRules.Check(new TrainingMustExpireAfterCompletionRule(completedOn, expiresOn));
        BusinessRules.Check(new TrainingCannotBeCompletedInTheFutureRule(completedOn, DateOnly.FromDateTime(at.UtcDateTime)));
        return new()
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            CourseCode = NormalizeCourse(courseCode),
            CourseVersion = courseVersion.Trim(),
            CompletedOn = completedOn,
            ExpiresOn = expiresOn,
            RecordedBy = recordedBy,
            RecordedAt = at,
        };
    }

    public bool IsCurrentOn(DateOnly day) => CompletedOn <= day && day <= ExpiresOn;

    public static string NormalizeCourse(string courseCode) => courseCode.Trim().ToUpperInvariant();
}
