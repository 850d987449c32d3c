using System.Text.Json;
using CareDesk.Application.Cases;
using CareDesk.Application.Common;

namespace CareDesk.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private const string Rash = """{"channel":"x-cardiozen-us","externalId":"cli-1","author":"@rash_user","text":"This drug gave me a terrible rash","postedAt":"2026-11-20T09:00:00Z"}""";
    private const string Thanks = """{"channel":"x-cardiozen-us","externalId":"cli-2","author":"@happy_user","text":"thank you, it works great","postedAt":"2026-11-20T09:05:00+01:00","isPublic":false}""";
    private const string Malformed = """{"channel":"x-cardiozen-us", oops""";
    private const string MissingText = """{"channel":"x-cardiozen-us","externalId":"cli-3","author":"@quiet","postedAt":"2026-11-20T09:10:00Z"}""";

    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task Ingest_WithValidDuplicateAndBadLines_IngestsValidPostsAndReportsRejectedLines()
    {
        await _workspace.SeedDemoAsync();
        var before = await CountCasesAsync();
        var input = _workspace.WriteFile("posts.jsonl", Rash, "", Thanks, Rash, Malformed, MissingText);

        var result = await _workspace.RunAsync("ingest", "--input", input);

        result.ExitCode.ShouldBe(2);
        result.Out.Trim().ShouldBe("2 ingested, 1 duplicates, 2 rejected");
        result.Error.ShouldContain("line 5: json: malformed JSON");
        result.Error.ShouldContain("line 6: text: 'text' is required.");
        var cases = await ListCasesAsync();
        cases.Count.ShouldBe(before + 2);
        cases.ShouldContain(item => item.Author == "@rash_user" && item.ChannelKey == "x-cardiozen-us");
        cases.ShouldContain(item => item.Author == "@happy_user");
    }

    [Fact]
    public async Task Ingest_WhenSamePostsArriveAgain_CountsDuplicatesAndKeepsCaseCount()
    {
        await _workspace.SeedDemoAsync();
        var input = _workspace.WriteFile("posts.jsonl", Rash, Thanks);
        var first = await _workspace.RunAsync("ingest", "--input", input);
        var afterFirst = await CountCasesAsync();

        var second = await _workspace.RunAsync("ingest", "--input", input);

        first.ExitCode.ShouldBe(0, first.Error);
        second.ExitCode.ShouldBe(0, second.Error);
        second.Out.Trim().ShouldBe("0 ingested, 2 duplicates, 0 rejected");
        (await CountCasesAsync()).ShouldBe(afterFirst);
    }

    [Fact]
    public async Task Ingest_WithUnknownChannel_RejectsLineNamingChannelField()
    {
        await _workspace.SeedDemoAsync();

        var result = await _workspace.RunWithInputAsync(Rash.Replace("x-cardiozen-us", "no-such-channel", StringComparison.Ordinal), "ingest", "--input", "-");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldStartWith("line 1: channel: Unknown channel");
    }

    [Fact]
    public async Task Ingest_FromStandardInput_IngestsPosts()
    {
        await _workspace.SeedDemoAsync();

        var result = await _workspace.RunWithInputAsync(Rash + "\n" + Thanks + "\n", "ingest", "-i", "-");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.Trim().ShouldBe("2 ingested, 0 duplicates, 0 rejected");
    }

    [Fact]
    public async Task Ingest_WhenInputFileMissing_ReturnsOneWithClearMessage()
    {
        var result = await _workspace.RunAsync("ingest", "--input", Path.Combine(_workspace.Directory, "missing.jsonl"));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("missing.jsonl' does not exist");
    }

    private async Task<int> CountCasesAsync() => (await ListCasesAsync()).Count;

    private async Task<List<CaseSummaryDto>> ListCasesAsync()
    {
        var result = await _workspace.RunAsync("cases", "list", "--all", "--json");
        result.ExitCode.ShouldBe(0, result.Error);
        return JsonSerializer.Deserialize<List<CaseSummaryDto>>(result.Out, CareDeskJson.Options).ShouldNotBeNull();
    }

    public void Dispose() => _workspace.Dispose();
}
