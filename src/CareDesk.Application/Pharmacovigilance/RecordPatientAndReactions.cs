using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record RecordPatientAndReactionsCommand(
    int CaseNumber, PatientSex? Sex, int? AgeYears, PatientAgeGroup? AgeGroup, IReadOnlyList<Reaction> AdditionalReactions, string? Reason = null);

/// <summary>
/// PV records what the post tells about the patient (E2B D.2.2, D.2.3, D.5) and any reaction beyond the first, each with
/// its own seriousness (E.i, R7), so the export carries one reaction per event (R9). Audited with old and new values.
/// </summary>
public sealed class RecordPatientAndReactionsHandler(IAppDbContext db, AuditTrail audit, IOptions<PvOptions> options, TimeProvider time)
{
    public const int MaxAgeYears = 150;

    public async Task HandleAsync(RecordPatientAndReactionsCommand command, CancellationToken cancellationToken)
    {
        Validate(command);
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var intake = await db.EnsureIntakeAsync(subject, options.Value, audit, time.GetUtcNow(), cancellationToken);
        var before = PvIntakeSnapshot.Of(intake);
        intake.RecordPatient(command.Sex, command.AgeYears, command.AgeGroup);
        intake.RecordAdditionalReactions(command.AdditionalReactions);
        audit.Record("pv.patient_and_reactions_recorded", "PvIntake", intake.Id, before, PvIntakeSnapshot.Of(intake), command.Reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Validate(RecordPatientAndReactionsCommand command)
    {
        var validation = new Validation().MaxLength("reason", command.Reason, 500);
        if (command.Sex is { } sex && !Enum.IsDefined(sex))
        {
            validation.Add("sex", "Sex must be 1 male or 2 female, or left empty when unknown.");
        }

        if (command.AgeYears is < 0 or > MaxAgeYears)
        {
            validation.Add("ageYears", $"Age must be between 0 and {MaxAgeYears} years.");
        }

        if (command.AgeGroup is { } group && !Enum.IsDefined(group))
        {
            validation.Add("ageGroup", "Age group must be an E2B D.2.3 code from 0 foetus to 6 elderly.");
        }

        for (var index = 0; index < command.AdditionalReactions.Count; index++)
        {
            validation.MaxLength($"additionalReactions[{index}].verbatim", command.AdditionalReactions[index].Verbatim, Reaction.MaxVerbatimLength);
        }

        validation.ThrowIfInvalid();
    }
}
