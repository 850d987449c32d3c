using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

/// <param name="ToldAt">When the person was told of the extension and why.</param>
public sealed record ExtendDataSubjectRequestCommand(Guid RequestId, string? Reason, DateTimeOffset? ToldAt);

/// <summary>Extends an open request's deadline once (GDPR +2 months, CCPA +45 days) with a reason and the date the person was told; audited (R42).</summary>
public sealed class ExtendDataSubjectRequestHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<DataSubjectRequestDto> HandleAsync(ExtendDataSubjectRequestCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("extend data-subject requests");
        new Validation().Required("reason", command.Reason).MaxLength("reason", command.Reason, DataSubjectRequest.MaxReasonLength)
            .Required("toldAt", command.ToldAt).ThrowIfInvalid();
        var request = await db.DataSubjectRequests.SingleOrDefaultAsync(found => found.Id == command.RequestId, cancellationToken)
            ?? throw new NotFoundException(nameof(DataSubjectRequest), command.RequestId);
        var before = new { request.DueAt, request.Extended };
        request.Extend(command.Reason!, command.ToldAt!.Value, time.GetUtcNow());
        audit.Record("dsar.extended", nameof(DataSubjectRequest), request.Id, before,
            new { request.DueAt, request.Extended, request.ExtensionToldAt }, request.ExtensionReason);
        await db.SaveChangesAsync(cancellationToken);
        return DataSubjectRequestDto.Of(request);
    }
}
