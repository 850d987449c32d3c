using System.Text;
using CareDesk.Application.Cases;
using CareDesk.Application.Connectors;
using CareDesk.Application.Ingestion;
using CareDesk.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Cli.Tests;

public sealed class DeadLettersCommandTests : IDisposable
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task A_dead_letter_is_listed_replayed_into_a_case_once_and_then_closed()
    {
        await _workspace.SeedDemoAsync();
        var item = new IngestItem("x-cardiozen-us", "Cardiozen", new ChannelEvent(ChannelEventKind.Created, "dl-1", "@dizzy_dana",
            "Since starting this pill I faint every morning", ReceivedAt), ReceivedAt);
        var id = await DeadLetterAsync(item, "Failed on 5 deliveries; last error SqliteException: database is locked");

        var listed = await _workspace.RunAsync("dead-letters", "list");
        var replayed = await _workspace.RunAsync("dead-letters", "replay", id.ToString());
        var again = await _workspace.RunAsync("dead-letters", "replay", id.ToString());
        var openAfter = await _workspace.RunAsync("dead-letters", "list");
        var everything = await _workspace.RunAsync("dead-letters", "list", "--all", "--json");

        listed.Out.ShouldContain("1 dead letter(s).");
        listed.Out.ShouldContain("database is locked");
        replayed.ExitCode.ShouldBe(0, replayed.Error);
        replayed.Out.ShouldContain("1 post(s) stored, 0 already stored");
        (await ListCasesAsync()).ShouldContain(found => found.Author == "@dizzy_dana");
        again.ExitCode.ShouldBe(ExitCodes.ReplayFailed);
        again.Error.ShouldContain("already replayed");
        openAfter.Out.ShouldContain("0 dead letter(s).");
        everything.Out.ShouldContain("\"replayedBy\"");
    }

    [Fact]
    public async Task Replaying_an_item_for_a_channel_that_still_does_not_exist_fails_and_keeps_the_letter_open()
    {
        await _workspace.SeedDemoAsync();
        var item = new IngestItem("x-retired-brand", "Retired", new ChannelEvent(ChannelEventKind.Created, "dl-2", "@someone", "hello", ReceivedAt), ReceivedAt);
        var id = await DeadLetterAsync(item, "No channel 'x-retired-brand' exists in this database");

        var replayed = await _workspace.RunAsync("dead-letters", "replay", id.ToString());
        var listed = await _workspace.RunAsync("dead-letters", "list");

        replayed.ExitCode.ShouldBe(ExitCodes.ReplayFailed);
        replayed.Error.ShouldContain("No channel 'x-retired-brand'");
        listed.Out.ShouldContain("1 dead letter(s).");
    }

    [Fact]
    public async Task Replaying_an_unknown_id_is_a_usage_error()
    {
        await _workspace.SeedDemoAsync();

        var result = await _workspace.RunAsync("dead-letters", "replay", Guid.NewGuid().ToString());

        result.ExitCode.ShouldBe(ExitCodes.UsageError);
        result.Error.ShouldContain("was not found");
    }

    private async Task<Guid> DeadLetterAsync(IngestItem item, string reason)
    {
        using var host = CliHost.Build(_workspace.DatabasePath);
        await using var scope = host.Services.CreateAsyncScope();
        var body = Encoding.UTF8.GetString(IngestItem.Encode(item));
        await scope.ServiceProvider.GetRequiredService<RecordIngestDeadLetterHandler>().HandleAsync(
            new RecordIngestDeadLetterCommand(item.MessageId, item.ChannelKey, item.ConversationKey, body, reason, "caredesk.ingest.p3", 5), CancellationToken.None);
        var letters = await scope.ServiceProvider.GetRequiredService<ListIngestDeadLettersHandler>().HandleAsync(10, CancellationToken.None);
        return letters.Single(letter => letter.MessageId == item.MessageId).Id;
    }

    private async Task<IReadOnlyList<CaseSummaryDto>> ListCasesAsync()
    {
        using var host = CliHost.Build(_workspace.DatabasePath);
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ListCasesHandler>().HandleAsync(new ListCasesQuery(IncludeResolved: true, Take: 1000), CancellationToken.None);
    }

    public void Dispose() => _workspace.Dispose();
}
