using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;

namespace CareDesk.Application.Privacy;

/// <param name="Export">Which export, e.g. "conversations" or "audit-trail"; the audit entry is filed under it.</param>
/// <param name="Scope">What the export covered (period, filters), for the audit entry.</param>
public sealed record IdentifiedExportRequest(string Export, bool IncludeIdentifiers, string? Reason, object? Scope = null);

/// <summary>
/// Exports outside pharmacovigilance are redacted by default (R43d). Keeping handles, e-mails and phone numbers in one is
/// an explicit choice: supervisors and admins only, with a reason, and audited before the file is produced.
/// </summary>
public sealed class AuthorizeIdentifiedExportHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor)
{
    public const int MaxReasonLength = 500;

    /// <summary>True when the export may carry identifiers; false (redact) when they were not asked for.</summary>
    public async Task<bool> HandleAsync(IdentifiedExportRequest request, CancellationToken cancellationToken)
    {
        if (!request.IncludeIdentifiers)
        {
            return false;
        }

        actor.RequireContentManager("export direct identifiers");
        new Validation().Required("reason", request.Reason).MaxLength("reason", request.Reason, MaxReasonLength).ThrowIfInvalid();
        audit.Record("export.identifiers_included", "Export", request.Export, null, new { request.Export, scope = request.Scope }, request.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
