using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Audit;

namespace CareDesk.Application.Audit;

/// <summary>Adds audit entries to the use case's unit of work, so the change and its record commit together.</summary>
public sealed class AuditTrail(IAppDbContext db, ICurrentActor actor, TimeProvider time, IAuditKeyStore keys)
{
    public void Record(string action, string entityType, object entityId, object? before, object? after, string? reason = null) =>
        Add(action, entityType, entityId, before, after, reason, CareDeskJson.Serialize);

    /// <summary>
    /// Like <see cref="Record"/>, for values that hold personal data (a post's author and text): they are stored
    /// encrypted under the key of <paramref name="personalDataOf"/> (the case), so erasing the case shreds them (ADR-016).
    /// </summary>
    public void RecordPersonal(Guid personalDataOf, string action, string entityType, object entityId, object? before, object? after, string? reason = null)
    {
        var key = keys.GetOrCreate(personalDataOf);
        Add(action, entityType, entityId, before, after, reason, value => PersonalAuditValue.Seal(CareDeskJson.Serialize(value), personalDataOf, key));
    }

    private void Add(string action, string entityType, object entityId, object? before, object? after, string? reason, Func<object, string> store) =>
        db.AuditEntries.Add(AuditEntry.Record(
            time.GetUtcNow(),
            actor.UserName,
            actor.Via,
            action,
            entityType,
            Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            before is null ? null : store(before),
            after is null ? null : store(after),
            reason));
}
