using CareDesk.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CareDesk.Migrations.Sqlite;

/// <summary>Lets "dotnet ef" build the model for SQLite without starting a host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DatabaseOptions { Path = Path.Combine(Path.GetTempPath(), "caredesk-design.db") };
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseProvider.Configure(builder, options);
        return new AppDbContext(builder.Options);
    }
}
