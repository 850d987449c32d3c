using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareDesk.Infrastructure.Persistence;

/// <summary>
/// Gives PostgreSQL the writer discipline SQLite's BEGIN IMMEDIATE gives today: every transaction first takes one
/// transaction-scoped advisory lock, so the next case number (MAX + 1) and the audit chain head are read and
/// extended by one writer at a time instead of forking under READ COMMITTED. Readers never take it. ADR-019.
/// </summary>
public sealed class PostgresWriteLock : DbTransactionInterceptor
{
    /// <summary>Arbitrary but fixed: "CareDesk" in ASCII, so other applications sharing the server are unlikely to collide.</summary>
    public const long LockKey = 0x4361726544657368;

    public static readonly PostgresWriteLock Instance = new();

    private PostgresWriteLock()
    {
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = LockCommand(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        await using var command = LockCommand(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand LockCommand(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({LockKey})";
        return command;
    }
}
