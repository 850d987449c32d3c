using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Retention;

/// <summary>The job log of one retention run: what was anonymised and, by case number, what was skipped and why.</summary>
public sealed record ApplyRetentionResult(IReadOnlyList<int> Anonymised, IReadOnlyList<int> KeptUnderPvHold, IReadOnlyList<int> KeptOnLegalHold);

/// <summary>
/// The retention job: resolved cases past their retention period lose the personal data of the case, its posts and
/// its replies (author, text, variables); the skeleton and audit trail stay. Adverse-event records and cases on
/// legal hold are never touched; each skip is listed in the job log, which is itself an audit entry (R38).
/// The period is the CareConversation retention policy when an admin set one, else Retention:NonAdverseEventCaseDays.
/// </summary>
public sealed class ApplyRetentionHandler(IAppDbContext db, AuditTrail audit, IAuditKeyStore keys, TimeProvider time, IOptions<RetentionOptions> options)
{
    public async Task<ApplyRetentionResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var policy = await db.RetentionPolicies.AsNoTracking().SingleOrDefaultAsync(item => item.RecordClass == RecordClass.CareConversation, cancellationToken);
        var cutoff = policy is null ? now.AddDays(-options.Value.NonAdverseEventCaseDays) : now.AddYears(-policy.Years);
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

        var result = new ApplyRetentionResult(Numbers(due), Numbers(adverse), Numbers(held));
        audit.Record("retention.job_run", "RetentionJob", now.ToString("O", System.Globalization.CultureInfo.InvariantCulture), null,
            new { cutoff, anonymised = result.Anonymised, skippedUnderPvHold = result.KeptUnderPvHold, skippedOnLegalHold = result.KeptOnLegalHold });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static List<int> Numbers(IEnumerable<Case> cases) => [.. cases.Select(item => item.Number).Order()];

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
