using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Training;

public sealed record ListTrainingStatusQuery(int LapseWarningDays = 30);

public sealed record TrainingStatusDto(
    string UserName, string DisplayName, string Role, bool Current, bool LapsesSoon, DateOnly? ExpiresOn, IReadOnlyList<string> RequiredCourses,
    IReadOnlyList<string> MissingCourses, IReadOnlyList<TrainingRecordDto> Records);

public sealed record TrainingRecordDto(string CourseCode, string CourseVersion, DateOnly CompletedOn, DateOnly ExpiresOn, string RecordedBy);

/// <summary>The supervisor's view of R18: every active user's required courses, who has lapsed and who lapses within the warning window (30 days).</summary>
public sealed class ListTrainingStatusHandler(IAppDbContext db, ICurrentActor actor, TrainingGate gate)
{
    public async Task<IReadOnlyList<TrainingStatusDto>> HandleAsync(ListTrainingStatusQuery query, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("see training status");
        var today = gate.Today;
        var users = await db.Users.AsNoTracking().Where(user => user.Active).OrderBy(user => user.UserName).ToListAsync(cancellationToken);
        var requirements = await db.TrainingRequirements.AsNoTracking().Where(requirement => requirement.BrandId == null).ToListAsync(cancellationToken);
        var records = (await db.TrainingRecords.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(record => record.UserId);
        return users.Select(user =>
        {
            var standing = TrainingStanding.Evaluate(requirements.Where(item => item.Role == user.Role).Select(item => item.CourseCode), records[user.Id], today);
            return new TrainingStatusDto(user.UserName, user.DisplayName, user.Role.ToString(), standing.IsCurrent, standing.LapsesWithin(today, query.LapseWarningDays),
                standing.ExpiresOn, standing.RequiredCourses, standing.MissingCourses,
                records[user.Id].OrderByDescending(record => record.CompletedOn)
                    .Select(record => new TrainingRecordDto(record.CourseCode, record.CourseVersion, record.CompletedOn, record.ExpiresOn, record.RecordedBy)).ToList());
        }).ToList();
    }
}
