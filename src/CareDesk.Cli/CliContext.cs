using System.CommandLine;
using CareDesk.Cli.Hosting;
using Microsoft.Extensions.Hosting;

namespace CareDesk.Cli;

/// <summary>What every command needs: the streams, and a host built for the database the user chose.</summary>
internal sealed class CliContext(CliConsole console)
{
    public CliConsole Console { get; } = console;

    public Option<string?> DatabaseOption { get; } = new("--database")
    {
        Description = "SQLite database file (Database:Provider Sqlite); overrides Database:Path from appsettings.json and the Database__Path environment variable.",
        HelpName = "PATH",
        Recursive = true,
    };

    public IHost BuildHost(ParseResult parseResult) => CliHost.Build(parseResult.GetValue(DatabaseOption));
}
