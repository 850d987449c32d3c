using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Privacy;

/// <param name="ReceivedAt">When the person made the request; the deadline runs from it. Now when absent.</param>
public sealed record OpenDataSubjectRequestCommand(string? Subject, DataSubjectRequestKind Kind, PrivacyRegime Regime, DateTimeOffset? ReceivedAt = null);

/// <summary>
/// Logs a data-subject request when it arrives (R42), so its deadline is tracked (GDPR one month, CCPA 45 days) and can be
/// extended while the work is done; rectification and restriction then decide the logged request.
/// </summary>
public sealed class OpenDataSubjectRequestHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<DataSubjectRequestDto> HandleAsync(OpenDataSubjectRequestCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("log data-subject requests");
        var now = time.GetUtcNow();
        var validation = new Validation().Required("subject", command.Subject).MaxLength("subject", command.Subject, DataSubjectRequest.MaxSubjectLength);
        if (command.ReceivedAt > now)
        {
            validation.Add("receivedAt", "A request cannot be received in the future.");
        }

        validation.ThrowIfInvalid();
        var request = DataSubjectRequest.Open(command.Subject!, command.Kind, command.Regime, actor.UserName, command.ReceivedAt ?? now);
        db.DataSubjectRequests.Add(request);
        audit.Record("dsar.opened", nameof(DataSubjectRequest), request.Id, null, new { request.Kind, request.Regime, request.ReceivedAt, request.DueAt });
        await db.SaveChangesAsync(cancellationToken);
        return DataSubjectRequestDto.Of(request);
    }
}

internal static class DataSubjectRequestLookup
{
    /// <summary>The logged request to decide, or a new one received now when none was logged before.</summary>
    public static async Task<DataSubjectRequest> LoggedOrNewAsync(this IAppDbContext db, Guid? requestId, string subject, DataSubjectRequestKind kind,
        PrivacyRegime regime, string requestedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (requestId is not { } id)
        {
            var request = DataSubjectRequest.Open(subject, kind, regime, requestedBy, now);
            db.DataSubjectRequests.Add(request);
            return request;
        }

        var logged = await db.DataSubjectRequests.SingleOrDefaultAsync(found => found.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(DataSubjectRequest), id);
        if (logged.Kind != kind)
        {
            throw ValidationFailedException.For("requestId", $"That request is a {logged.Kind.ToString().ToLowerInvariant()} request.");
        }

        return logged;
    }
}
