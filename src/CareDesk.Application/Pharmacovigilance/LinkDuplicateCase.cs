using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record LinkDuplicateCaseCommand(int CaseNumber, int OriginalCaseNumber, string? Reason);

/// <summary>
/// A person confirms that a case reports the same event as an earlier one (R16). The link is audited, and the
/// duplicate's ICSR keeps the original's worldwide case id (C.1.8.1) and references it (C.1.10.r).
/// </summary>
public sealed class LinkDuplicateCaseHandler(IAppDbContext db, AuditTrail audit, IOptions<PvOptions> options, TimeProvider time)
{
    public async Task HandleAsync(LinkDuplicateCaseCommand command, CancellationToken cancellationToken)
    {
        new Validation().Required("reason", command.Reason).MaxLength("reason", command.Reason, 500).ThrowIfInvalid();
        var subject = await db.LoadCaseAsync(command.CaseNumber, cancellationToken);
        var original = await db.LoadCaseAsync(command.OriginalCaseNumber, cancellationToken);
        var originalReportId = await db.PvIntakes.Where(intake => intake.CaseId == original.Id).Select(intake => intake.SafetyReportId).SingleOrDefaultAsync(cancellationToken)
            ?? PvLookup.SafetyReportId(options.Value, original.Number);
        var intake = await db.EnsureIntakeAsync(subject, options.Value, audit, time.GetUtcNow(), cancellationToken);
        var before = PvIntakeSnapshot.Of(intake);
        intake.LinkAsDuplicateOf(original.Number, originalReportId);
        audit.Record("pv.duplicate_linked", "PvIntake", intake.Id, before, PvIntakeSnapshot.Of(intake), command.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
    }
}
