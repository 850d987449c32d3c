using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Retention;

public sealed record ApplyRetentionResult(int Anonymised, int KeptForAdverseEvent, int KeptOnLegalHold);

/// <summary>
/// The retention job: resolved cases past their retention period lose the personal data of the case, its posts and
/// its replies (author, text, variables); the skeleton and audit trail stay. Adverse-event records and cases on
/// legal hold are never touched, and each such skip is counted.
/// </summary>
public sealed class ApplyRetentionHandler(IAppDbContext db, AuditTrail audit, IAuditKeyStore keys, TimeProvider time, IOptions<RetentionOptions> options)
{
    public async Task<ApplyRetentionResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.NonAdverseEventCaseDays);
        var expired = await db.Cases.Where(item => item.Status == CaseStatus.Resolved && item.ResolvedAt < cutoff && item.AnonymisedAt == null)
            .ToListAsync(cancellationToken);
        var adverse = expired.Where(item => item.IsAdverseEventRecord).ToList();
        var held = expired.Where(item => !item.IsAdverseEventRecord && item.OnLegalHold).ToList();
        var due = expired.Except(adverse).Except(held).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var subject in due)
        {
            await AnonymiseAsync(db, keys, subject, now, cancellationToken);
            audit.Record("retention.anonymised", "Case", subject.Id, null, new { subject.Number, subject.ResolvedAt, cutoff }, "Retention period expired");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ApplyRetentionResult(due.Count, adverse.Count, held.Count);
    }

    /// <summary>
    /// Posts and replies are append-only to every tracked change; retention is the one sanctioned rewrite, done as a
    /// set-based update of the personal-data columns only, and audited.
    /// </summary>
    internal static async Task AnonymiseAsync(IAppDbContext db, IAuditKeyStore keys, Case subject, DateTimeOffset now, CancellationToken cancellationToken)
    {
        subject.Anonymise(now);
        // The audit trail's copies of the posts go with them: their key is deleted, the sealed entries stay (ADR-016).
        await keys.ShredAsync(subject.Id, cancellationToken);
        await db.Posts.Where(post => post.CaseId == subject.Id).ExecuteUpdateAsync(setters => setters
            .SetProperty(post => post.Author, Case.AnonymisedText)
            .SetProperty(post => post.Text, Case.AnonymisedText), cancellationToken);
        await db.Replies.Where(reply => reply.CaseId == subject.Id).ExecuteUpdateAsync(setters => setters
            .SetProperty(reply => reply.Text, Case.AnonymisedText)
            .SetProperty(reply => reply.Variables, new Dictionary<string, string>()), cancellationToken);
    }
}
