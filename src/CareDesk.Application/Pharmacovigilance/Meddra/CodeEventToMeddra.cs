using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Pharmacovigilance.Meddra;

public sealed record CodeEventToMeddraCommand(int CaseNumber, int? LltCode);

/// <summary>Codes the case's event to a current LLT of the current MedDRA release, with that version (E.i.2.1a/b, R11). Audited.</summary>
public sealed class CodeEventToMeddraHandler(IAppDbContext db, AuditTrail audit)
{
    public async Task<MeddraTermDto> HandleAsync(CodeEventToMeddraCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("lltCode", command.LltCode).ThrowIfInvalid();
        var release = await db.MeddraReleases.AsNoTracking().SingleOrDefaultAsync(item => item.IsCurrent, cancellationToken)
            ?? throw ValidationFailedException.For("lltCode", "No MedDRA release is loaded; load the customer's release first.");
        var term = await db.MeddraTerms.AsNoTracking().SingleOrDefaultAsync(item => item.ReleaseId == release.Id && item.LltCode == command.LltCode, cancellationToken);
        if (term is not { IsCurrent: true })
        {
            throw ValidationFailedException.For("lltCode", $"LLT {command.LltCode} is not a current term of MedDRA {release.Version}.");
        }

        var intake = await db.LoadIntakeAsync(command.CaseNumber, cancellationToken);
        var before = PvIntakeSnapshot.Of(intake);
        intake.CodeEvent(term.ToCoding(release.Version));
        audit.Record("pv.meddra_coded", nameof(PvIntake), intake.Id, before, PvIntakeSnapshot.Of(intake));
        await db.SaveChangesAsync(cancellationToken);
        return SearchMeddraTermsHandler.ToDto(term, release.Version);
    }
}
