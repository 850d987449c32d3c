using Microsoft.Data.Sqlite;

namespace CareDesk.Benchmarks.Harness;

/// <summary>One stored post as the correctness checks read it: commit order (rowid), ids, and when it was received.</summary>
public sealed record StoredPost(long RowId, string ExternalId, string? ThreadId, string ReceivedAt);

/// <summary>A stored post's first-response clock next to the post's received time and the moment the worker processed it.</summary>
public sealed record StoredClock(string ExternalId, string PostReceivedAt, string ClockStartedAt, string ProcessedAt);

/// <summary>
/// Read-only SQL over the SQLite file the worker writes, for the bus scenarios' hard checks (lost, duplicated, order,
/// clock start). Read after the run, outside any timing; plain SQL so the checks do not depend on the code they judge.
/// </summary>
public static class BusStore
{
    public static IReadOnlyList<StoredPost> Posts(string databasePath, string externalIdPrefix)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, ExternalId, ThreadId, ReceivedAt FROM Posts WHERE ExternalId LIKE $prefix || '%' ORDER BY rowid";
        command.Parameters.AddWithValue("$prefix", externalIdPrefix);
        using var reader = command.ExecuteReader();
        var posts = new List<StoredPost>();
        while (reader.Read())
        {
            posts.Add(new StoredPost(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }

        return posts;
    }

    /// <summary>"post.received" audit entries for these posts: the intake writes exactly one per post it stores, so more means a post was taken in twice.</summary>
    public static long ReceivedAuditEntries(string databasePath, string externalIdPrefix)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FROM AuditTrail a
            WHERE a.Action = 'post.received'
              AND lower(a.EntityId) IN (SELECT lower(Id) FROM Posts WHERE ExternalId LIKE $prefix || '%')
            """;
        command.Parameters.AddWithValue("$prefix", externalIdPrefix);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Each post's first-response clock, with the post's received time and its "post.received" audit time (when the worker stored it).</summary>
    public static IReadOnlyList<StoredClock> FirstResponseClocks(string databasePath, string externalIdPrefix)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.ExternalId, p.ReceivedAt, c.StartedAt, a.At
            FROM Posts p
            JOIN SlaClocks c ON c.CaseId = p.CaseId AND c.Kind = 'FirstResponse'
            JOIN AuditTrail a ON a.Action = 'post.received' AND lower(a.EntityId) = lower(p.Id)
            WHERE p.ExternalId LIKE $prefix || '%'
            """;
        command.Parameters.AddWithValue("$prefix", externalIdPrefix);
        using var reader = command.ExecuteReader();
        var clocks = new List<StoredClock>();
        while (reader.Read())
        {
            clocks.Add(new StoredClock(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return clocks;
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False;Default Timeout=30");
        connection.Open();
        return connection;
    }
}
