using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CareDesk.Infrastructure.Persistence.Backup;

/// <summary>
/// One SHA-256 per row of every table (rows keyed by SQLite's rowid, which a page-level backup keeps), over each
/// column's storage class and value, so a changed, lost or retyped value changes the checksum.
/// </summary>
internal static class RecordChecksums
{
    public static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '__EFMigrationsHistory' ORDER BY name";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public static IEnumerable<(long RowId, string Checksum)> All(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, * FROM {Quote(table)} ORDER BY rowid";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetInt64(0), Of(reader));
        }
    }

    public static string? One(SqliteConnection connection, string table, long rowId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, * FROM {Quote(table)} WHERE rowid = $rowid";
        command.Parameters.AddWithValue("$rowid", rowId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Of(reader) : null;
    }

    private static string Of(SqliteDataReader reader)
    {
        var text = new StringBuilder();
        for (var column = 1; column < reader.FieldCount; column++)
        {
            var value = reader.GetValue(column);
            text.Append(value switch
            {
                DBNull => "N;",
                long number => "I:" + number.ToString(CultureInfo.InvariantCulture) + ";",
                double real => "R:" + real.ToString("R", CultureInfo.InvariantCulture) + ";",
                string plain => "T:" + plain.Length.ToString(CultureInfo.InvariantCulture) + ":" + plain + ";",
                byte[] blob => "B:" + Convert.ToBase64String(blob) + ";",
                _ => "?:" + Convert.ToString(value, CultureInfo.InvariantCulture) + ";",
            });
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
