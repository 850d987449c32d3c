using System.CommandLine;
using CareDesk.Cli.Commands;
using Microsoft.Extensions.Options;

namespace CareDesk.Cli;

/// <summary>The caredesk command line; Program.cs and the tests both run it through <see cref="RunAsync"/>.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var context = new CliContext(new CliConsole(stdin ?? TextReader.Null, stdout, stderr));
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await BuildRoot(context).Parse(args).InvokeAsync(configuration);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (OptionsValidationException exception)
        {
            await stderr.WriteLineAsync("error: invalid configuration: " + string.Join(" ", exception.Failures));
            return ExitCodes.UsageError;
        }
        catch (Exception exception)
        {
            await stderr.WriteLineAsync(FailureMessage.Describe(exception));
            return ExitCodes.Failure;
        }
        finally
        {
            await stdout.FlushAsync();
        }
    }

    internal static RootCommand BuildRoot(CliContext context) => new("CareDesk command line: database, intake, triage and the case queue. " + ExitCodes.Help)
    {
        context.DatabaseOption,
        new Command("db", "Create, upgrade and fill the database.")
        {
            DbMigrateCommand.Create(context),
            DbStatusCommand.Create(context),
            DbSeedDemoCommand.Create(context),
        },
        new Command("audit", "Inspect, export and review the tamper-evident audit trail.")
        {
            AuditVerifyCommand.Create(context), AuditExportCommand.Create(context), AuditReviewCommand.Create(context),
        },
        new Command("cases", "Work with the case queue.") { CasesListCommand.Create(context), CasesPrintCommand.Create(context) },
        new Command("validation", "The validation package for customers' IQ/OQ/PQ (R36).") { ValidationReportCommand.Create(context), ValidationVerifyCommand.Create(context) },
        new Command("pv", "Pharmacovigilance reports and MedDRA.") { PvAggregateReviewCommand.Create(context), PvMeddraLoadCommand.Create(context) },
        new Command("retention", "Apply the retention policy.") { RetentionApplyCommand.Create(context) },
        new Command("backup", "Back up the database and prove a backup restores (R38).") { BackupCreateCommand.Create(context), BackupRestoreDrillCommand.Create(context) },
        new Command("security", "Inspect the security configuration (R39).") { SecurityInspectCommand.Create(context) },
        new Command("model", "Train and measure the adverse-event model.") { ModelTrainCommand.Create(context), ModelEvalCommand.Create(context) },
        IngestCommand.Create(context),
        DeadLettersCommand.Create(context),
        ClassifyCommand.Create(context),
    };
}
