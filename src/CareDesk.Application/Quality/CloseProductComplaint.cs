using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Quality;

public sealed record CloseProductComplaintCommand(Guid ComplaintId, string? LotNumber, string? LotUnavailableReason, string? Reason);

/// <summary>QA closes a complaint (its Field Alert decision made); only with a lot number or a documented reason why none could be had (R19).</summary>
public sealed class CloseProductComplaintHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task HandleAsync(CloseProductComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.ProductComplaints.SingleOrDefaultAsync(item => item.Id == command.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Product complaint", command.ComplaintId);
        var subject = await db.Cases.Include(item => item.Clocks).SingleAsync(item => item.Id == complaint.CaseId, cancellationToken);
        var now = time.GetUtcNow();
        var before = new { complaint.LotNumber, complaint.LotUnavailableReason, complaint.ClosedAt };
        complaint.RecordLot(command.LotNumber, command.LotUnavailableReason);
        complaint.Close(now);
        subject.MeetClocks(SlaClockKind.FieldAlert, now);
        audit.Record("quality.complaint_closed", "ProductComplaint", complaint.Id, before,
            new { complaint.LotNumber, complaint.LotUnavailableReason, complaint.ClosedAt }, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
    }
}
