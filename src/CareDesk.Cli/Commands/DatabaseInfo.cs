using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

internal static class DatabaseInfo
{
    /// <summary>The SQLite file, or the PostgreSQL server and database, the configuration resolved to (what the connection will open).</summary>
    public static string Location(IServiceProvider services)
    {
        var database = services.GetRequiredService<AppDbContext>().Database;
        var connection = database.GetDbConnection();
        return database.IsNpgsql() ? $"PostgreSQL {connection.DataSource}/{connection.Database}" : connection.DataSource;
    }
}
