namespace CareDesk.Domain.Training;

/// <summary>
/// Where a user stands against the courses their role requires on a given day (R18): current or not, which courses are
/// missing or expired, and the day the earliest required course runs out.
/// </summary>
public sealed record TrainingStanding(IReadOnlyList<string> RequiredCourses, IReadOnlyList<string> MissingCourses, DateOnly? ExpiresOn)
{
    public bool IsCurrent => MissingCourses.Count == 0;

    /// <summary>Current today, but some required course runs out within <paramref name="days"/> days.</summary>
    public bool LapsesWithin(DateOnly today, int days) => IsCurrent && ExpiresOn is { } expires && expires < today.AddDays(days + 1);

    public static TrainingStanding Evaluate(IEnumerable<string> requiredCourses, IEnumerable<TrainingRecord> records, DateOnly today)
    {
        var required = requiredCourses.Select(TrainingRecord.NormalizeCourse).Distinct().Order(StringComparer.Ordinal).ToList();
        var current = records.Where(record => record.IsCurrentOn(today)).ToList();
        var missing = new List<string>();
        DateOnly? expiresOn = null;
        foreach (var course in required)
        {
            var held = current.Where(record => record.CourseCode == course).Select(record => (DateOnly?)record.ExpiresOn).Max();
            if (held is not { } until)
            {
                missing.Add(course);
            }
            else if (expiresOn is null || until < expiresOn)
            {
                expiresOn = until;
            }
        }

        return new TrainingStanding(required, missing, expiresOn);
    }
}
