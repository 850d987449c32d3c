using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Meddra;

namespace CareDesk.Application.Pharmacovigilance.Meddra;

public sealed record PreCodeEventCommand(int CaseNumber, string? Vocabulary, string? Code, string? Term);

/// <summary>
/// Pre-codes the event with an open vocabulary such as NCI CTCAE (R11) for triage without a MedDRA licence. The pre-code
/// is never exported: the ICSR stays blocked ("non-MedDRA pre-code cannot be submitted") until a MedDRA LLT is assigned.
/// </summary>
public sealed class PreCodeEventHandler(IAppDbContext db, AuditTrail audit)
{
    public async Task HandleAsync(PreCodeEventCommand command, CancellationToken cancellationToken)
    {
        new Validation()
            .Required("vocabulary", command.Vocabulary).MaxLength("vocabulary", command.Vocabulary, PreCode.MaxVocabularyLength)
            .Required("code", command.Code).MaxLength("code", command.Code, PreCode.MaxCodeLength)
            .Required("term", command.Term).MaxLength("term", command.Term, PreCode.MaxTermLength)
            .ThrowIfInvalid();
        var intake = await db.LoadIntakeAsync(command.CaseNumber, cancellationToken);
        var before = PvIntakeSnapshot.Of(intake);
        intake.PreCodeEvent(new PreCode(command.Vocabulary!.Trim(), command.Code!.Trim(), command.Term!.Trim()));
        audit.Record("pv.event_precoded", nameof(PvIntake), intake.Id, before, PvIntakeSnapshot.Of(intake));
        await db.SaveChangesAsync(cancellationToken);
    }
}
