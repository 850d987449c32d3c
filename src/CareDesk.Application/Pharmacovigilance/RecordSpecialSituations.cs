using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record RecordSpecialSituationsCommand(int CaseNumber, IReadOnlyList<SpecialSituation> Situations, bool HasAdverseEvent, string? Reason = null);

/// <summary>
/// The PV reviewer confirms or corrects the special-situation flags and whether an AE is reported (R6). The change is
/// audited with old and new values; a pregnancy exposure opens the "pregnancy outcome" follow-up task.
/// </summary>
public sealed class RecordSpecialSituationsHandler(IAppDbContext db, AuditTrail audit, IOptions<PvOptions> options, TimeProvider time)
{
    public async Task<PvIntakeSummary> HandleAsync(RecordSpecialSituationsCommand command, CancellationToken cancellationToken)
    {
        var validation = new Validation().MaxLength("reason", command.Reason, 500);
        if (command.Situations.Any(situation => !Enum.IsDefined(situation)))
        {
            validation.Add("situations", $"Special situations must be among: {string.Join(", ", Enum.GetNames<SpecialSituation>())}.");
        }

        validation.ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var now = time.GetUtcNow();
        var intake = await db.EnsureIntakeAsync(subject, options.Value, audit, now, cancellationToken);
        var before = PvIntakeSnapshot.Of(intake);
        intake.RecordSpecialSituations(command.Situations, command.HasAdverseEvent, now.AddDays(options.Value.PregnancyOutcomeFollowUpDays));
        audit.Record("pv.special_situations_recorded", "PvIntake", intake.Id, before, PvIntakeSnapshot.Of(intake), command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return PvIntakeSummary.Of(intake);
    }
}

/// <summary>What the reviewer sees after saving flags: the classification and the follow-up tasks it produced.</summary>
public sealed record PvIntakeSummary(int CaseNumber, string Classification, bool HasAdverseEvent, IReadOnlyList<SpecialSituation> SpecialSituations,
    IReadOnlyList<FollowUpTask> FollowUps)
{
    public static PvIntakeSummary Of(PvIntake intake) =>
        new(intake.CaseNumber, intake.Classification, intake.HasAdverseEvent, intake.SpecialSituations, intake.FollowUps);
}
