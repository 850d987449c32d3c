using Microsoft.EntityFrameworkCore;

namespace CareDesk.Infrastructure.Persistence;

/// <summary>Chooses the EF provider and its migrations assembly by configuration (named by string, bitwarden style).</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string SqliteMigrationsAssembly = "CareDesk.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "CareDesk.Migrations.Postgres";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        // Case-insensitive so "postgres" in an environment variable works; anything else is refused by name.
        if (string.Equals(options.Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return builder.UseSqlite(options.SqliteConnectionString(), sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        }

        if (string.Equals(options.Provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            return builder
                .UseNpgsql(options.RequiredPostgresConnectionString(), npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly))
                .AddInterceptors(PostgresWriteLock.Instance);
        }

        throw new InvalidOperationException(
            $"Database:Provider '{options.Provider}' is not supported. Supported: {Sqlite} (the default), {Postgres}.");
    }
}
