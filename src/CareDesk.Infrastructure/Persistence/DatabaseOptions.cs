using System.ComponentModel.DataAnnotations;

namespace CareDesk.Infrastructure.Persistence;

/// <summary>Bound from "Database". Web host and CLI read the same keys, so Database__Path points both at one file.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The name under ConnectionStrings that also supplies the PostgreSQL connection string.</summary>
    public const string ConnectionStringName = "CareDesk";

    /// <summary>
    /// Where the SQLite file lives when Database:Path is not set: the user's data folder
    /// (~/.local/share/caredesk on Linux), the same for the web host and the CLI whatever their working directory.
    /// </summary>
    public static string DefaultPath =>
        System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "caredesk", "caredesk.db");

    /// <summary>"Sqlite" (the default, embedded) or "Postgres" (server mode, several processes).</summary>
    [Required]
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file, created on first use; a relative path is taken from the working directory.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>A full SQLite connection string; when set it wins over <see cref="Path"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The Npgsql connection string for Provider=Postgres (Database:PostgresConnectionString, or the usual
    /// ConnectionStrings:CareDesk, which the hosts copy in here when this key is not set).
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Apply pending migrations when the web host starts (embedded mode). Server mode runs "caredesk db migrate" instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public string SqliteConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        var fullPath = System.IO.Path.GetFullPath(Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        return $"Data Source={fullPath};Foreign Keys=True;Default Timeout=30";
    }

    public string RequiredPostgresConnectionString() =>
        string.IsNullOrWhiteSpace(PostgresConnectionString)
            ? throw new InvalidOperationException(
                "Database:Provider is Postgres but no connection string is set: set Database:PostgresConnectionString "
                + "(Database__PostgresConnectionString) or ConnectionStrings:CareDesk, e.g. 'Host=127.0.0.1;Port=5432;Database=caredesk;Username=caredesk;Password=...'.")
            : PostgresConnectionString;
}
