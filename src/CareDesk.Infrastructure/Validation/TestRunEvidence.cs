using System.Security.Cryptography;
using System.Xml.Linq;

namespace CareDesk.Infrastructure.Validation;

public enum TestOutcome
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>One executed test: its method name (no namespace, class or arguments), full name and outcome.</summary>
public sealed record ExecutedTest(string MethodName, string FullName, TestOutcome Outcome);

/// <summary>A results file and its SHA-256, recorded so that a changed file is noticed (tamper evidence, R36).</summary>
public sealed record EvidenceFile(string Name, string Sha256, long Bytes);

/// <summary>What the test run left in its results folder: every test of every TRX file, and the files' hashes.</summary>
public sealed record TestRunEvidence(IReadOnlyList<EvidenceFile> Files, IReadOnlyList<ExecutedTest> Tests, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt)
{
    public int Passed => Tests.Count(test => test.Outcome == TestOutcome.Passed);

    public int Failed => Tests.Count(test => test.Outcome == TestOutcome.Failed);

    public int Skipped => Tests.Count(test => test.Outcome == TestOutcome.Skipped);
}

/// <summary>Reads the Visual Studio TRX files that "dotnet test --logger trx" writes (one per test project).</summary>
public static class TrxReader
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static TestRunEvidence Load(string resultsDirectory)
    {
        var files = Directory.Exists(resultsDirectory)
            ? Directory.GetFiles(resultsDirectory, "*.trx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        var evidence = new List<EvidenceFile>();
        var tests = new List<ExecutedTest>();
        var starts = new List<DateTimeOffset>();
        var finishes = new List<DateTimeOffset>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            evidence.Add(new EvidenceFile(Path.GetRelativePath(resultsDirectory, file).Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength));
            using var stream = new MemoryStream(bytes);
            var document = XDocument.Load(stream);
            tests.AddRange(document.Descendants(Ns + "UnitTestResult").Select(ToTest));
            var times = document.Root?.Element(Ns + "Times");
            AddTime(starts, times?.Attribute("start")?.Value);
            AddTime(finishes, times?.Attribute("finish")?.Value);
        }

        return new TestRunEvidence(evidence, tests, starts.Count > 0 ? starts.Min() : null, finishes.Count > 0 ? finishes.Max() : null);
    }

    private static ExecutedTest ToTest(XElement result)
    {
        var fullName = result.Attribute("testName")?.Value ?? "";
        var outcome = result.Attribute("outcome")?.Value switch
        {
            "Passed" => TestOutcome.Passed,
            "NotExecuted" or "Inconclusive" or "Pending" => TestOutcome.Skipped,
            _ => TestOutcome.Failed,
        };
        return new ExecutedTest(MethodName(fullName), fullName, outcome);
    }

    /// <summary>"Ns.Class.R5_name(x: 1)" → "R5_name": theories carry arguments, the id prefix sits on the method.</summary>
    internal static string MethodName(string fullName)
    {
        var withoutArguments = fullName.Split('(')[0].Trim();
        return withoutArguments[(withoutArguments.LastIndexOf('.') + 1)..];
    }

    private static void AddTime(List<DateTimeOffset> times, string? text)
    {
        if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
        {
            times.Add(at.ToUniversalTime());
        }
    }
}
