using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Common;
using CareDesk.Domain.Training;
using CareDesk.Domain.Training.Rules;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Training;

/// <summary>
/// The server-side R18 check every triage, reply and approval use case makes first: the person's required courses
/// (for their role, and for the brand when the work is on one brand's case) must be current today (UTC), else 403
/// "training expired". The first refusal after access was fine records "training.access_lapsed"; recording the
/// training that makes the person current again records "training.access_restored" (RecordTrainingHandler).
/// The CLI and background work (no role) act for the system and are not gated.
/// </summary>
public sealed class TrainingGate(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TimeProvider time)
{
    public const string EntityType = "UserTraining";
    public const string LapsedAction = "training.access_lapsed";
    public const string RestoredAction = "training.access_restored";
    public const string GrantedAction = "training.access_granted";

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Checks the signed-in actor; <paramref name="activity"/> completes "cannot …", e.g. "work the triage queue".</summary>
    public async Task RequireCurrentAsync(string activity, Guid? brandId, CancellationToken cancellationToken)
    {
        if (actor.Role is not { } role)
        {
            return;
        }

        var userId = await db.Users.AsNoTracking().Where(user => user.UserName == actor.UserName).Select(user => (Guid?)user.Id).SingleOrDefaultAsync(cancellationToken);
        await RequireAsync(userId, actor.UserName, role, activity, brandId, cancellationToken);
    }

    /// <summary>Checks the actor for work on a case of the brand that owns <paramref name="channelId"/> (brand-specific courses count too).</summary>
    public async Task RequireCurrentOnChannelAsync(Guid channelId, string activity, CancellationToken cancellationToken)
    {
        if (actor.Role is null)
        {
            return;
        }

        var brandId = await db.Channels.AsNoTracking().Where(channel => channel.Id == channelId).Select(channel => (Guid?)channel.BrandId).SingleOrDefaultAsync(cancellationToken);
        await RequireCurrentAsync(activity, brandId, cancellationToken);
    }

    /// <summary>Checks another person, such as the approver who signs (who may not be the session's actor).</summary>
    public Task RequireCurrentAsync(UserAccount user, string activity, Guid? brandId, CancellationToken cancellationToken) =>
        RequireAsync(user.Id, user.UserName, user.Role, activity, brandId, cancellationToken);

    public async Task<TrainingStanding> StandingAsync(Guid? userId, UserRole role, Guid? brandId, DateOnly today, CancellationToken cancellationToken)
    {
        var courses = await db.TrainingRequirements.AsNoTracking()
            .Where(requirement => requirement.Role == role && (requirement.BrandId == null || requirement.BrandId == brandId))
            .Select(requirement => requirement.CourseCode).ToListAsync(cancellationToken);
        var records = courses.Count == 0 || userId is not { } id
            ? []
            : await db.TrainingRecords.AsNoTracking().Where(record => record.UserId == id).ToListAsync(cancellationToken);
        return TrainingStanding.Evaluate(courses, records, today);
    }

    private async Task RequireAsync(Guid? userId, string userName, UserRole role, string activity, Guid? brandId, CancellationToken cancellationToken)
    {
        var standing = await StandingAsync(userId, role, brandId, Today, cancellationToken);
        if (!standing.IsCurrent && await LastAccessEventAsync(userName, cancellationToken) != LapsedAction)
        {
            audit.Record(LapsedAction, EntityType, userName, null, new { role, standing.MissingCourses, brandId, refused = activity });
            await db.SaveChangesAsync(cancellationToken);
        }

        BusinessRules.Check(new UserMustHoldCurrentTrainingRule(userName, activity, standing));
    }

    internal Task<string?> LastAccessEventAsync(string userName, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(entry => entry.EntityType == EntityType && entry.EntityId == userName && (entry.Action == LapsedAction || entry.Action == RestoredAction || entry.Action == GrantedAction))
            .OrderByDescending(entry => entry.Sequence).Select(entry => entry.Action).FirstOrDefaultAsync(cancellationToken);
}
