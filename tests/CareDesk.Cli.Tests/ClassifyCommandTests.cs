using System.Text.Json;

namespace CareDesk.Cli.Tests;

public sealed class ClassifyCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task Classify_WithTexts_WritesOneLabelledLinePerInput()
    {
        var input = _workspace.WriteFile("texts.jsonl",
            """{"id":1,"text":"This drug gave me a terrible rash"}""",
            "",
            """{"id":"b-2","text":"thank you, it works great"}""");
        var output = Path.Combine(_workspace.Directory, "predictions.jsonl");

        var result = await _workspace.RunAsync("classify", "--input", input, "--output", output);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldBeEmpty();
        var lines = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        lines.Count.ShouldBe(2);
        lines[0].GetProperty("id").GetString().ShouldBe("1");
        Labels(lines[0]).ShouldContain("adverse_event");
        lines[0].GetProperty("priority").GetString().ShouldBe("high");
        lines[1].GetProperty("id").GetString().ShouldBe("b-2");
        Labels(lines[1]).ShouldContain("praise");
        File.Exists(_workspace.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public async Task Classify_WithMalformedLine_ReportsLineNumberAndReturnsTwo()
    {
        var input = _workspace.WriteFile("texts.jsonl",
            """{"id":"a","text":"thank you, it works great"}""",
            """{"id":"b","text": not json}""",
            """{"id":"c"}""");

        var result = await _workspace.RunAsync("classify", "--input", input);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("line 2: json: malformed JSON");
        result.Error.ShouldContain("line 3: text:");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1);
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetString().ShouldBe("a");
    }

    [Fact]
    public async Task Classify_WhenInputFileMissing_ReturnsOne()
    {
        var result = await _workspace.RunAsync("classify", "--input", Path.Combine(_workspace.Directory, "nope.jsonl"));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("does not exist");
    }

    private static List<string?> Labels(JsonElement line) =>
        line.GetProperty("labels").EnumerateArray().Select(label => label.GetString()).ToList();

    public void Dispose() => _workspace.Dispose();
}
