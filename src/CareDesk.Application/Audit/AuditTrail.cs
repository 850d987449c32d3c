using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Audit;

namespace CareDesk.Application.Audit;

/// <summary>Adds audit entries to the use case's unit of work, so the change and its record commit together.</summary>
public sealed class AuditTrail(IAppDbContext db, ICurrentActor actor, TimeProvider time, IAuditKeyStore keys)
{
    public void Record(string action, string entityType, object entityId, object? before, object? after, string? reason = null) =>
        db.AuditEntries.Add(AuditEntry.Record(
            time.GetUtcNow(),
            actor.UserName,
            actor.Via,
            action,
            entityType,
            Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            before is null ? null : CareDeskJson.Serialize(before),
            after is null ? null : CareDeskJson.Serialize(after),
            reason));

    /// <summary>
    /// Like <see cref="Record"/>, for values that hold personal data (a post's author and text): they are stored
    /// encrypted under the key of <paramref name="personalDataOf"/> (the case), so erasing the case shreds them (ADR-016).
    /// </summary>
    public void RecordPersonal(Guid personalDataOf, string action, string entityType, object entityId, object? before, object? after, string? reason = null)
    {
        var key = keys.GetOrCreate(personalDataOf);
        db.AuditEntries.Add(AuditEntry.Record(
            time.GetUtcNow(),
            actor.UserName,
            actor.Via,
            action,
            entityType,
            Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            before is null ? null : PersonalAuditValue.Seal(CareDeskJson.Serialize(before), personalDataOf, key),
            after is null ? null : PersonalAuditValue.Seal(CareDeskJson.Serialize(after), personalDataOf, key),
            reason));
    }
}
