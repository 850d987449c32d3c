using CareDesk.Domain.Audit;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.Listening;
using CareDesk.Domain.Listening.Crisis;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using CareDesk.Domain.Replies;
using CareDesk.Domain.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CareDesk.Infrastructure.Persistence;

/// <summary>Received posts and their platform changes, sent replies, notes, e-signatures, PV escalations, audit entries, crisis-room actions, the listening discard log ROI redemptions and the case access log are records of fact: the data layer refuses to change or delete them.</summary>
public static class AppendOnlyGuard
{
    private static readonly HashSet<Type> AppendOnlyTypes = [typeof(Post), typeof(PostChange), typeof(Reply), typeof(CaseNote), typeof(ElectronicSignature), typeof(PvAlert), typeof(AuditEntry),
        typeof(CrisisAction), typeof(DiscardedListeningItem), typeof(Domain.Roi.Redemption),
        typeof(Domain.Security.CaseAccessLogEntry), typeof(Domain.Training.TrainingRecord)];

    public static void ThrowIfAltered(ChangeTracker tracker)
    {
        var altered = tracker.Entries()
            .FirstOrDefault(entry => entry.State is EntityState.Modified or EntityState.Deleted && AppendOnlyTypes.Contains(entry.Metadata.ClrType));
        if (altered is not null)
        {
            throw new AppendOnlyViolationException($"{altered.Metadata.ClrType.Name} records are append-only; {altered.State.ToString().ToLowerInvariant()} is refused.");
        }
    }
}

public sealed class AppendOnlyViolationException(string message) : InvalidOperationException(message);
