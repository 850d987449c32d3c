using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CareDesk.Migrations.Postgres;

/// <summary>
/// Lets "dotnet ef" build the model for PostgreSQL without starting a host. Adding a migration or checking for pending
/// model changes never opens the connection, so no server is needed; "database update" uses CAREDESK_POSTGRES when set.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            PostgresConnectionString = Environment.GetEnvironmentVariable("CAREDESK_POSTGRES") ?? "Host=127.0.0.1;Database=caredesk_design;Username=caredesk",
        };
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseProvider.Configure(builder, options);
        return new AppDbContext(builder.Options);
    }
}
