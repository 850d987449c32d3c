using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareDesk.Domain.Audit;

/// <summary>
/// One append-only audit record: who did what to which record, when, how, with the values before and after.
/// Entries are hash-chained so an edit or deletion made behind the application's back is detectable (R29).
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActionLength = 64;

    private AuditEntry()
    {
        Actor = string.Empty;
        Via = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Position in the hash chain, assigned when the entry is stored.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; }

    /// <summary>How the change came in: ui, api, cli or system.</summary>
    public string Via { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string? Reason { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>Order in which entries were written in this process; the chain is sealed in this order. Not stored.</summary>
    public long WrittenOrder { get; private set; }

    private static long _writtenCounter;

    public static AuditEntry Record(DateTimeOffset at, string actor, string via, string action, string entityType, string entityId,
        string? before, string? after, string? reason = null) => new()
        {
            Id = Guid.NewGuid(),
            At = WholeMicroseconds(at),
            Actor = actor,
            Via = via,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before,
            After = after,
            Reason = reason,
            WrittenOrder = Interlocked.Increment(ref _writtenCounter),
        };

    /// <summary>
    /// The time is hashed, so it is kept to the finest precision every supported store keeps (PostgreSQL timestamptz:
    /// microseconds); otherwise an entry written with a system-clock time would no longer verify after a round trip.
    /// </summary>
    private static DateTimeOffset WholeMicroseconds(DateTimeOffset at) => at.AddTicks(-(at.UtcTicks % TimeSpan.TicksPerMicrosecond));

    /// <summary>Links this entry to the one before it; called once, just before the entry is stored.</summary>
    public void Seal(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash(previousHash);
    }

    public bool IsIntactAfter(string previousHash) => PreviousHash == previousHash && Hash == ComputeHash(previousHash);

    private string ComputeHash(string previousHash)
    {
        // A JSON array is an unambiguous encoding: no value can spill into its neighbour, whatever characters it holds.
        var canonical = JsonSerializer.Serialize(new[]
        {
            previousHash, Sequence.ToString(CultureInfo.InvariantCulture), At.UtcTicks.ToString(CultureInfo.InvariantCulture), Actor, Via, Action,
            EntityType, EntityId, Before, After, Reason,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
