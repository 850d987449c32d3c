using System.Diagnostics;
using CareDesk.Application.Triage;
using CareDesk.Classification;
using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Classification.Evidence;
using CareDesk.Classification.Screening;
using CareDesk.Classification.Signals;
using CareDesk.Domain.Triage;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>Posts/s of each stage alone, so the report says where the stack spends its time.</summary>
public static class StageBreakdown
{
    public static IReadOnlyDictionary<string, double> Measure(string[] texts)
    {
        var model = ClassificationServiceCollectionExtensions.LoadModel(new ClassificationOptions());
        var rules = DefaultTriageRules.CreateRules(DateTimeOffset.UnixEpoch);
        var evidence = AeEvidenceExtractor.CreateDefault();
        var questions = new QuestionDetector(new ProductConfiguration([]));
        return new Dictionary<string, double>
        {
            ["rules"] = Rate(texts, text => RuleSetClassifier.Classify(rules, new TriageInput(text))),
            ["ae-model"] = Rate(texts, text => model.Score(text, AeTextStyles.FromLength(text))),
            ["ae-evidence"] = Rate(texts, text => evidence.Extract(text, "@bench")),
            ["signals"] = Rate(texts, text => TextSignalAnalyzer.Analyze(text)),
            ["complaint+questions"] = Rate(texts, text => (ComplaintDetector.Detect(text), questions.Detect(text))),
        };
    }

    private static double Rate(string[] texts, Func<string, object> stage)
    {
        foreach (var text in texts.Take(500))
        {
            _ = stage(text);
        }

        var watch = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            _ = stage(text);
        }

        return Math.Round(texts.Length / watch.Elapsed.TotalSeconds);
    }
}
