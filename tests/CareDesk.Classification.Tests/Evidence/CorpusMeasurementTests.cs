using CareDesk.Classification.Evidence;

namespace CareDesk.Classification.Tests.Evidence;

/// <summary>
/// Measurements on the shared research corpora (skipped where they are absent). They print what they measure and
/// assert only loose floors, so that a slower CI machine does not fail them.
/// </summary>
public sealed class CorpusMeasurementTests(ITestOutputHelper output)
{
    // Measured 67.4 % (3858/5720) on cadec_train_dev; the floor leaves a margin for lexicon edits.
    private const double CadecRecallFloor = 0.62;

    [Fact]
    public void EventLexicon_WhenRunOnCadecAdrSpans_RecallStaysAboveTheMeasuredFloor()
    {
        var path = SharedDatasets.Find(Path.Combine("ae", "cadec_train_dev.jsonl"));
        if (path is null)
        {
            Assert.Skip("../shared/datasets/ae/cadec_train_dev.jsonl is not available here.");
        }

        var lexicon = EventLexicon.LoadDefault();
        int spans = 0, found = 0;
        foreach (var row in SharedDatasets.ReadJsonLines(path))
        {
            var text = row.GetProperty("text").GetString()!;
            var matches = lexicon.Find(text);
            foreach (var span in row.GetProperty("ade_spans").EnumerateArray())
            {
                var start = SharedDatasets.ToUtf16(text, span.GetProperty("start").GetInt32());
                var end = SharedDatasets.ToUtf16(text, span.GetProperty("end").GetInt32());
                spans++;
                if (matches.Any(match => match.Start < end && start < match.End))
                {
                    found++;
                }
            }
        }

        var recall = (double)found / spans;
        output.WriteLine($"CADEC ADR span recall (any overlap): {found}/{spans} = {SharedDatasets.Percent(recall)}");
        recall.ShouldBeGreaterThan(CadecRecallFloor);
    }

}
