using CareDesk.Application;
using CareDesk.Application.Abstractions;
using CareDesk.Classification;
using CareDesk.Infrastructure;
using CareDesk.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CareDesk.Cli.Hosting;

/// <summary>
/// Builds the service container the same way the web host does (appsettings.json in the working directory,
/// then environment variables such as Database__Path), plus an optional --database override. The host is never started.
/// </summary>
public static class CliHost
{
    public static IHost Build(string? databasePath)
    {
        var initial = new ConfigurationManager();
        initial.AddInMemoryCollection(new Dictionary<string, string?> { ["hostBuilder:reloadConfigOnChange"] = "false" });
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], Configuration = initial });
        if (!string.IsNullOrWhiteSpace(databasePath))
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DatabaseOptions.SectionName + ":" + nameof(DatabaseOptions.Path)] = databasePath,
                [DatabaseOptions.SectionName + ":" + nameof(DatabaseOptions.ConnectionString)] = string.Empty,
            });
        }

        // Standard output carries results only; warnings and worse go to standard error. EF Core's own failure logs
        // are silenced because the same exception reaches the user once, as a one-line error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Logging.AddFilter<ConsoleLoggerProvider>("Microsoft.EntityFrameworkCore", LogLevel.None);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ICurrentActor, CliActor>();
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure();
        builder.Services.AddClassification();

        var host = builder.Build();
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
