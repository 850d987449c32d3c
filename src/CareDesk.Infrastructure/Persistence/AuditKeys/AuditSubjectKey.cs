namespace CareDesk.Infrastructure.Persistence.AuditKeys;

/// <summary>
/// One owner's (a case's) data key for the personal values in audit entries. Deliberately not an audit record and
/// not append-only: deleting the row is how erasure reaches the audit trail (ADR-016).
/// </summary>
public sealed class AuditSubjectKey
{
    private AuditSubjectKey()
    {
        Key = [];
    }

    public Guid Owner { get; private set; }

    public byte[] Key { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static AuditSubjectKey Create(Guid owner, byte[] key, DateTimeOffset at) => new() { Owner = owner, Key = key, CreatedAt = at };
}
