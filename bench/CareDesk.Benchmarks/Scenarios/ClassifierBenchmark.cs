using System.Diagnostics;
using CareDesk.Application.Triage;
using CareDesk.Classification;
using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Classification.Screening;
using CareDesk.Domain.Triage;

namespace CareDesk.Benchmarks.Scenarios;

/// <summary>Measures posts/s of the full screening stack and of the same run's tokenizer baseline; the ratio is what is judged.</summary>
public static class ClassifierBenchmark
{
    public const double RatioFloor = 0.02;
    public const double PostsPerSecondFloor = 5_000;

    public static ClassifierBenchmarkResult Run(string corpusPath, int posts)
    {
        var texts = LabelledTextReader.ReadJsonl(corpusPath).Select(row => row.Text).ToArray();
        var workload = Enumerable.Range(0, posts).Select(index => texts[index % texts.Length]).ToArray();
        var rssBefore = RssMb();
        var options = new ClassificationOptions { OperatingPoint = ClassificationOptions.Screening };
        var screener = new PostScreener(ClassificationServiceCollectionExtensions.LoadModel(options), options);
        var rssAfterLoad = RssMb();
        var classifier = new DetectorPostClassifier(new InMemoryRuleClassifier(DefaultTriageRules.CreateRules(DateTimeOffset.UnixEpoch)), screener);

        TokenizerBaseline.Run(workload.AsSpan(0, Math.Min(5_000, posts)).ToArray()); // warm-up
        Classify(classifier, workload.Take(2_000));
        var baseline = Time(() => TokenizerBaseline.Run(workload));
        var stack = Time(() => Classify(classifier, workload));
        var detected = workload.Take(10_000).Count(text => screener.Screen(new TriageInput(text)).AdverseEvent.Detected);
        return new ClassifierBenchmarkResult(posts, texts.Length, posts / baseline, posts / stack, rssBefore, rssAfterLoad, RssMb(),
            detected / 10_000.0, screener.ModelVersion, Environment.ProcessorCount, StageBreakdown.Measure(workload.Take(20_000).ToArray()));
    }

    private static void Classify(DetectorPostClassifier classifier, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            _ = classifier.ClassifyAsync(new TriageInput(text, Author: "@bench", Brand: "bench"), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    private static double RssMb()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return Math.Round(process.WorkingSet64 / 1024.0 / 1024.0, 1);
    }
}
