using CareDesk.Application.Abstractions;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Security;

namespace CareDesk.Application.Security;

/// <summary>Writes one access-log row per read of a case (R39): who, in which role, through which door, when, masked or not.</summary>
public sealed class CaseAccessLog(IAppDbContext db, ICurrentActor actor, TimeProvider time)
{
    public const string CaseDetails = "case details";
    public const string CaseRecord = "case record PDF";
    public const string PvHandoff = "PV hand-off";

    public async Task RecordAsync(Case subject, string purpose, bool masked, CancellationToken cancellationToken)
    {
        db.CaseAccessLog.Add(CaseAccessLogEntry.Record(subject.Id, subject.Number, actor.UserName, actor.Role?.ToString() ?? "system", actor.Via, purpose, masked,
            time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
