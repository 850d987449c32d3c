using CareDesk.Application.Abstractions;
using CareDesk.Application.Training;
using CareDesk.Domain.Training;

namespace CareDesk.Application.Demo;

/// <summary>
/// R18 for the demo organisation: the roles that screen social content require the AE/PQC recognition course, and every
/// demo user (and so every test actor signed in as one) completed it 30 days before the seed, valid for a year.
/// </summary>
public static class DemoTraining
{
    public const string CourseVersion = "2026.1";

    public static void Seed(IAppDbContext db, IEnumerable<Domain.Users.UserAccount> users, DateTimeOffset now)
    {
        db.TrainingRequirements.AddRange(TrainingCourses.RolesThatScreen.Select(role => TrainingRequirement.Create(role, null, TrainingCourses.AePqcRecognition)));
        var completed = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-30);
        var expires = completed.AddDays((int)TrainingCourses.DefaultValidity.TotalDays);
        db.TrainingRecords.AddRange(users.Select(user =>
            TrainingRecord.Record(user.Id, TrainingCourses.AePqcRecognition, CourseVersion, completed, expires, "demo", now)));
    }
}
