using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

public sealed record WithdrawConsentCommand(Guid ConsentId);

public sealed record WithdrawConsentResult(ConsentRecordDto Consent, int FollowUpsCancelled);

/// <summary>
/// Withdraws a consent in one step, effective at once (GDPR Art 7(3), R41): withdrawing private contact cancels every
/// open follow-up task of that person's PV intakes in the same unit of work.
/// </summary>
public sealed class WithdrawConsentHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public const string CancelReason = "Reporter withdrew consent to private contact";

    public async Task<WithdrawConsentResult> HandleAsync(WithdrawConsentCommand command, CancellationToken cancellationToken)
    {
        var record = await db.ConsentRecords.SingleOrDefaultAsync(item => item.Id == command.ConsentId, cancellationToken)
            ?? throw new NotFoundException("Consent", command.ConsentId);
        var now = time.GetUtcNow();
        var before = ConsentRecordDto.Of(record);
        record.Withdraw(now);
        audit.Record("consent.withdrawn", nameof(ConsentRecord), record.Id, before, ConsentRecordDto.Of(record));
        var cancelled = 0;
        if (record.Purpose == ProcessingPurpose.FollowUpContact)
        {
            foreach (var intake in await db.IntakesOfAsync(record.ChannelKey, record.Handle, cancellationToken))
            {
                var count = intake.CancelOpenFollowUps(CancelReason, now);
                if (count > 0)
                {
                    audit.Record("pv.follow_ups_cancelled", "PvIntake", intake.Id, null, new { intake.CaseNumber, count, consent = record.Id }, CancelReason);
                }

                cancelled += count;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new WithdrawConsentResult(ConsentRecordDto.Of(record), cancelled);
    }
}
