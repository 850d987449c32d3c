using System.ComponentModel.DataAnnotations;

namespace CareDesk.Infrastructure.Persistence;

/// <summary>Bound from "Database". Web host and CLI read the same keys, so Database__Path points both at one file.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>
    /// Where the SQLite file lives when Database:Path is not set: the user's data folder
    /// (~/.local/share/caredesk on Linux), the same for the web host and the CLI whatever their working directory.
    /// </summary>
    public static string DefaultPath =>
        System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "caredesk", "caredesk.db");

    [Required]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite file, created on first use; a relative path is taken from the working directory.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>A full connection string; when set it wins over <see cref="Path"/>.</summary>
    public string? ConnectionString { get; set; }

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
}
