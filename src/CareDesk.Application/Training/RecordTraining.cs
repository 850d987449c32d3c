using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Training;

public sealed record RecordTrainingCommand(string? UserName, string? CourseCode, string? CourseVersion, DateOnly? CompletedOn, DateOnly? ExpiresOn);

public sealed record RecordTrainingResult(Guid RecordId, bool Current, bool AccessRestored);

/// <summary>
/// An admin records (uploads) a completed course for a user (R18). When the record makes a person whose access had
/// lapsed current again, "training.access_restored" is audited in the same unit of work.
/// </summary>
public sealed class RecordTrainingHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TrainingGate gate, TimeProvider time)
{
    public async Task<RecordTrainingResult> HandleAsync(RecordTrainingCommand command, CancellationToken cancellationToken)
    {
        actor.RequireAdministrator("record training");
        new Validation().Required("userName", command.UserName).Required("courseCode", command.CourseCode).Required("courseVersion", command.CourseVersion)
            .Required("completedOn", command.CompletedOn).Required("expiresOn", command.ExpiresOn).ThrowIfInvalid();
        var userName = Domain.Users.UserAccount.Normalize(command.UserName!);
        var user = await db.Users.SingleOrDefaultAsync(item => item.UserName == userName, cancellationToken)
            ?? throw ValidationFailedException.For("userName", $"User '{userName}' does not exist.");

        var now = time.GetUtcNow();
        var before = await gate.StandingAsync(user.Id, user.Role, null, gate.Today, cancellationToken);
        var record = TrainingRecord.Record(user.Id, command.CourseCode!, command.CourseVersion!, command.CompletedOn!.Value, command.ExpiresOn!.Value, actor.UserName, now);
        db.TrainingRecords.Add(record);
        audit.Record("training.recorded", TrainingGate.EntityType, user.UserName, null,
            new { record.Id, record.CourseCode, record.CourseVersion, record.CompletedOn, record.ExpiresOn });

        var earlier = await db.TrainingRecords.AsNoTracking().Where(item => item.UserId == user.Id).ToListAsync(cancellationToken);
        var after = TrainingStanding.Evaluate(before.RequiredCourses, [.. earlier, record], gate.Today);
        var lapsed = await gate.LastAccessEventAsync(user.UserName, cancellationToken) == TrainingGate.LapsedAction;
        var restored = after.IsCurrent && (!before.IsCurrent || lapsed);
        if (restored)
        {
            // A first course grants access; a renewal after a lapse (refused or not yet noticed) restores it.
            audit.Record(lapsed || earlier.Count > 0 ? TrainingGate.RestoredAction : TrainingGate.GrantedAction, TrainingGate.EntityType, user.UserName,
                new { before.MissingCourses }, new { after.ExpiresOn });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RecordTrainingResult(record.Id, after.IsCurrent, restored);
    }
}
