using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Retention;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Retention;

public sealed record SetRetentionPeriodCommand(RecordClass RecordClass, int Years, string? Reason);

/// <summary>An admin sets the retention period of a record class; never below its legal floor (R38), audited with the reason.</summary>
public sealed class SetRetentionPeriodHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<RetentionPolicyDto> HandleAsync(SetRetentionPeriodCommand command, CancellationToken cancellationToken)
    {
        actor.RequireAdministrator("set retention periods");
        new Validation().Required("reason", command.Reason).ThrowIfInvalid();
        var now = time.GetUtcNow();
        var policy = await db.RetentionPolicies.SingleOrDefaultAsync(item => item.RecordClass == command.RecordClass, cancellationToken);
        var before = policy is null ? null : new { policy.Years };
        if (policy is null)
        {
            policy = RetentionPolicy.Set(command.RecordClass, command.Years, actor.UserName, now);
            db.RetentionPolicies.Add(policy);
        }
        else
        {
            policy.Change(command.Years, actor.UserName, now);
        }

        audit.Record("retention.period_set", nameof(RetentionPolicy), command.RecordClass, before, new { policy.Years, floor = policy.Floor.Label }, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return RetentionPolicyDto.Of(policy.RecordClass, policy);
    }
}
