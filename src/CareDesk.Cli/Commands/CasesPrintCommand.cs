using System.CommandLine;
using CareDesk.Application.Printing;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk cases print: one case with its signatures and audit trail as a PDF for inspectors (R30).</summary>
internal static class CasesPrintCommand
{
    public static Command Create(CliContext context)
    {
        var caseNumber = new Option<int>("--case") { Description = "The case number.", HelpName = "N", Required = true };
        var zone = new Option<string?>("--time-zone") { Description = "Zone of the audit trail's local-time column (default: this machine's).", HelpName = "ZONE" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The PDF file to write (default: case-N-record.pdf).", HelpName = "PATH" };
        var command = new Command("print", "Write the case record with its audit trail as a PDF. Exit 0, 4 if the case does not exist.") { caseNumber, zone, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = context.BuildHost(parseResult);
            await using var scope = host.Services.CreateAsyncScope();
            var file = await scope.ServiceProvider.GetRequiredService<PrintCaseRecordHandler>().HandleAsync(
                new PrintCaseRecordQuery(parseResult.GetValue(caseNumber), parseResult.GetValue(zone) ?? TimeZoneInfo.Local.Id), cancellationToken);
            var path = parseResult.GetValue(output)?.FullName ?? Path.GetFullPath(file.FileName);
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
            await context.Console.Out.WriteLineAsync($"Case record written to {path}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
