using System.Globalization;
using CareDesk.Application.Security;
using CareDesk.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CareDesk.Infrastructure.Security;

/// <summary>
/// Asks the database engine itself whether the file is encrypted (R39): SQLCipher answers PRAGMA cipher_version, the
/// stock e_sqlite3 bundle does not. Nothing is assumed from configuration alone.
/// </summary>
public sealed class DatabaseEncryptionCheck(IOptions<DatabaseOptions> options) : ISecurityCheck
{
    public IEnumerable<SecurityCheckResult> Inspect()
    {
        var connectionString = options.Value.SqliteConnectionString();
        var keyConfigured = !string.IsNullOrEmpty(new SqliteConnectionStringBuilder(connectionString).Password);
        string? cipher;
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA cipher_version";
            cipher = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        yield return string.IsNullOrEmpty(cipher)
            ? new SecurityCheckResult("at rest", "Database encryption", SecurityCheckStatus.Warn,
                "SQLite file is not encrypted by the database engine" + (keyConfigured ? " (a Password is configured but this SQLite build ignores it)" : string.Empty)
                + ". Encrypt the volume (see Volume encryption) or use SQLCipher (SQLitePCLRaw.bundle_e_sqlcipher and Password= in Database:ConnectionString); on PostgreSQL use volume encryption or a TDE-capable distribution.")
            : new SecurityCheckResult("at rest", "Database encryption", SecurityCheckStatus.Pass, "SQLCipher " + cipher + " encrypts the database file.");
    }
}
