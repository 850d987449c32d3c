using Microsoft.EntityFrameworkCore;

namespace CareDesk.Infrastructure.Persistence;

/// <summary>Chooses the EF provider and its migrations assembly by configuration (named by string, bitwarden style).</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqliteMigrationsAssembly = "CareDesk.Migrations.Sqlite";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options) => options.Provider switch
    {
        Sqlite => builder.UseSqlite(options.SqliteConnectionString(), sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
        _ => throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported. Supported: {Sqlite}."),
    };
}
