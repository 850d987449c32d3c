using System.CommandLine;
using System.Globalization;
using CareDesk.Application.Audit;
using CareDesk.Application.Printing;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk audit export: the audit trail for inspectors as CSV, JSON lines or PDF, by period and record (R30).</summary>
internal static class AuditExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "csv (spreadsheets), jsonl (machines) or pdf (a printable copy; needs --output).", HelpName = "csv|jsonl|pdf", DefaultValueFactory = _ => "csv" };
        var from = new Option<string?>("--from") { Description = "Entries at or after this instant or date (UTC when no offset is given).", HelpName = "WHEN" };
        var to = new Option<string?>("--to") { Description = "Entries before this instant or date.", HelpName = "WHEN" };
        var caseNumber = new Option<int?>("--case") { Description = "Only this case and the records linked to it.", HelpName = "N" };
        var zone = new Option<string?>("--time-zone") { Description = "Zone of the local-time column, e.g. America/New_York (default: this machine's).", HelpName = "ZONE" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "PATH" };
        var command = new Command("export", "Export the audit trail (UTC and local time, who, what, old/new, why, chain hashes). Exit 0, or 1 for bad arguments.")
        {
            format, from, to, caseNumber, zone, output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = context.Console.Error;
            var chosen = parseResult.GetValue(format)?.Trim().ToLowerInvariant();
            if (chosen is not ("csv" or "jsonl" or "pdf"))
            {
                await error.WriteLineAsync($"error: unknown --format '{chosen}'. Allowed: csv, jsonl, pdf.");
                return ExitCodes.UsageError;
            }

            if (chosen == "pdf" && parseResult.GetValue(output) is null)
            {
                await error.WriteLineAsync("error: --format pdf needs --output FILE.");
                return ExitCodes.UsageError;
            }

            if (!TryParseInstant(parseResult.GetValue(from), out var fromAt) || !TryParseInstant(parseResult.GetValue(to), out var toAt))
            {
                await error.WriteLineAsync("error: --from and --to take an ISO 8601 date or instant, e.g. 2026-11-01 or 2026-11-01T00:00:00Z.");
                return ExitCodes.UsageError;
            }

            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var query = new ExportAuditTrailQuery(fromAt, toAt, parseResult.GetValue(caseNumber), TimeZone: parseResult.GetValue(zone) ?? TimeZoneInfo.Local.Id);
            if (chosen == "pdf")
            {
                var pdf = await scope.ServiceProvider.GetRequiredService<PrintAuditExportHandler>().HandleAsync(query, cancellationToken);
                await File.WriteAllBytesAsync(parseResult.GetValue(output)!.FullName, pdf.Content, cancellationToken);
                await error.WriteLineAsync($"Audit trail PDF written to {parseResult.GetValue(output)!.FullName}.");
                return ExitCodes.Success;
            }

            var rows = await scope.ServiceProvider.GetRequiredService<ExportAuditTrailHandler>().HandleAsync(query, cancellationToken);
            var text = chosen == "csv" ? AuditExportFormats.ToCsv(rows) : AuditExportFormats.ToJsonLines(rows);
            if (parseResult.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, cancellationToken);
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} audit entries written to {file.FullName}."));
            }
            else
            {
                await context.Console.Out.WriteAsync(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static bool TryParseInstant(string? text, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            instant = parsed;
            return true;
        }

        return false;
    }
}
