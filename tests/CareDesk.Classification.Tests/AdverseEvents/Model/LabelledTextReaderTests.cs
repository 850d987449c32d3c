using CareDesk.Classification.AdverseEvents.Model;

namespace CareDesk.Classification.Tests.AdverseEvents.Model;

public sealed class LabelledTextReaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"labelled-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public void Reads_rows_skipping_blank_lines_and_ignoring_extra_fields()
    {
        File.WriteAllText(_path, "{\"id\":\"a\",\"text\":\"made me dizzy\",\"has_ade\":true,\"drugs\":[],\"split\":\"dev\"}\n\n{\"id\":\"b\",\"text\":\"fine\",\"has_ade\":false}\n");

        var rows = LabelledTextReader.ReadJsonl(_path);

        rows.ShouldBe([new LabelledText("a", "made me dizzy", true, "dev"), new LabelledText("b", "fine", false)]);
    }

    [Fact]
    public void Malformed_line_names_the_file_and_line()
    {
        File.WriteAllText(_path, "{\"id\":\"a\",\"text\":\"x\",\"has_ade\":true}\n{\"id\":\"b\",\"text\":\"y\"}\n");

        var error = Should.Throw<FormatException>(() => LabelledTextReader.ReadJsonl(_path));

        error.Message.ShouldContain($"{_path}:2");
        error.Message.ShouldContain("has_ade");
    }

    public void Dispose() => File.Delete(_path);
}
