using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>
/// S3's in-run limit on SQLite: a prepared INSERT in 1,000-row transactions into a scratch table with the same
/// columns as Posts, on a file with the same journal mode as the product's, on the same disk.
/// </summary>
public static class RawSqliteInsert
{
    private const int RowsPerTransaction = 1_000;

    public static double RowsPerSecond(string productDatabasePath, string scratchPath, int rows)
    {
        var columns = ColumnsOf(productDatabasePath, "Posts");
        using var connection = new SqliteConnection($"Data Source={scratchPath};Foreign Keys=True;Default Timeout=30");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, $"CREATE TABLE scratch_posts ({string.Join(", ", columns.Select(column => $"\"{column.Name}\" {column.Type}"))});");

        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO scratch_posts VALUES ({string.Join(", ", columns.Select((_, index) => $"$p{index}"))})";
        var parameters = columns.Select((_, index) => insert.Parameters.Add(new SqliteParameter($"$p{index}", null))).ToArray();
        insert.Prepare();

        var watch = Stopwatch.StartNew();
        for (var written = 0; written < rows;)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            for (var inBatch = 0; inBatch < RowsPerTransaction && written < rows; inBatch++, written++)
            {
                for (var index = 0; index < columns.Count; index++)
                {
                    parameters[index].Value = SampleValue(columns[index].Type, written, index);
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return rows / watch.Elapsed.TotalSeconds;
    }

    private static object SampleValue(string type, int row, int column) => type.ToUpperInvariant() switch
    {
        "INTEGER" => row + column,
        "REAL" => row * 0.5,
        "BLOB" => BitConverter.GetBytes(row),
        _ => $"post {row} column {column}: I had a headache after the second dose of the tablets last week",
    };

    private static List<(string Name, string Type)> ColumnsOf(string databasePath, string table)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info(\"{table}\")";
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read())
        {
            columns.Add((reader.GetString(1), reader.GetString(2)));
        }

        return columns;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
