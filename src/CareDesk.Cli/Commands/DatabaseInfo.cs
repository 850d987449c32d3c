using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

internal static class DatabaseInfo
{
    /// <summary>The database file the configuration resolved to (what the connection will open).</summary>
    public static string Location(IServiceProvider services) =>
        services.GetRequiredService<AppDbContext>().Database.GetDbConnection().DataSource;
}
