using System.CommandLine;
using System.Text.Json;
using CareDesk.Application.Common;
using CareDesk.Application.Posts;
using CareDesk.Cli.Lines;
using CareDesk.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CareDesk.Cli.Commands;

/// <summary>caredesk ingest: feeds a JSON Lines file of normalized posts through the intake use case, one unit of work per line.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "JSON Lines file, one post per line: channel, externalId, author, text, postedAt (ISO-8601), "
                + "optional threadId, parentId, isPublic. '-' reads standard input.",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("ingest", "Ingest normalized posts. Rejected lines are reported on stderr as 'line N: field: message'. "
            + "Exit 0 if every line was accepted, 2 if any line was rejected, 1 if the input file is missing.") { input };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var lines = LineInput.Open(parseResult.GetValue(input)!, context.Console);
            if (lines is null)
            {
                return ExitCodes.UsageError;
            }

            using var host = context.BuildHost(parseResult);
            var time = host.Services.GetRequiredService<TimeProvider>();
            var rejected = new RejectedLines(context.Console.Error);
            int ingested = 0, duplicates = 0;
            await foreach (var (number, text) in lines.ReadAsync(cancellationToken))
            {
                var receivedAt = time.GetUtcNow();
                if (Parse(number, text, rejected) is not { } post)
                {
                    continue;
                }

                await using var scope = host.Services.CreateAsyncScope();
                try
                {
                    var result = await scope.ServiceProvider.GetRequiredService<IngestPostHandler>().HandleAsync(post.ToCommand(receivedAt), cancellationToken);
                    if (result.Created)
                    {
                        ingested++;
                    }
                    else
                    {
                        duplicates++;
                    }
                }
                catch (ValidationFailedException exception)
                {
                    rejected.Reject(number, exception.Errors.SelectMany(error => error.Value.Select(message => (error.Key, message))));
                }
                catch (BusinessRuleViolationException exception)
                {
                    rejected.Reject(number, exception.Rule.Field ?? "post", exception.Message);
                }
            }

            await context.Console.Out.WriteLineAsync(Invariant($"{ingested} ingested, {duplicates} duplicates, {rejected.Count} rejected"));
            return rejected.Count == 0 ? ExitCodes.Success : ExitCodes.LinesRejected;
        });
        return command;
    }

    private static NormalizedPost? Parse(int number, string text, RejectedLines rejected)
    {
        using var document = rejected.ParseObject(number, text);
        try
        {
            return document?.Deserialize<NormalizedPost>(CareDeskJson.Options);
        }
        catch (JsonException exception)
        {
            rejected.Reject(number, RejectedLines.FieldOf(exception), "invalid value (text fields are strings, postedAt is an ISO-8601 date-time, isPublic is true or false).");
            return null;
        }
    }
}
