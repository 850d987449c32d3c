using CareDesk.Application.Common;

namespace CareDesk.Application.Roi;

/// <summary>
/// Records one redemption a partner reports over REST. Idempotent per redemption id: the same report again answers
/// "already_recorded" and changes nothing. An unknown code is a 404 on "code"; a code redeemed under another id a conflict.
/// </summary>
public sealed class RecordRedemptionHandler(RedemptionLedger ledger, Abstractions.IAppDbContext db, Abstractions.ICurrentActor actor)
{
    public async Task<RedemptionOutcome> HandleAsync(RedemptionInput input, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("record redemptions");
        var outcome = await ledger.RecordAsync(input, "api", cancellationToken);
        if (outcome.Status == RedemptionStatus.Invalid)
        {
            throw ValidationFailedException.For(outcome.Field ?? "request", outcome.Message!);
        }

        if (outcome.Status != RedemptionStatus.Recorded)
        {
            return outcome;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return outcome;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // A concurrent report of the same redemption or code won the unique index: answer as its repeat is answered.
            db.ChangeTracker.Clear();
            ledger.ForgetPending();
            var retried = await ledger.RecordAsync(input, "api", cancellationToken);
            return retried.Status == RedemptionStatus.Recorded ? throw new InvalidOperationException("The redemption could not be saved.") : retried;
        }
    }
}
