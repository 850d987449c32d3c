using System.Text.RegularExpressions;

namespace CareDesk.Infrastructure.Validation;

/// <summary>One requirement's row: the automated tests that ran and passed, those that failed, and its manual entry.</summary>
public sealed record TraceabilityRow(Requirement Requirement, IReadOnlyList<string> PassedTests, IReadOnlyList<string> FailedTests, ManualEntry? Manual)
{
    /// <summary>A requirement is covered by at least one passed automated test or a documented manual entry; otherwise it is a gap that fails the pipeline.</summary>
    public bool Covered => PassedTests.Count > 0 || Manual is not null;

    public string Coverage => PassedTests.Count > 0 ? "automated" : Manual is not null ? Manual.Kind : "GAP: no test";
}

/// <summary>Requirement → tests (R36): a test belongs to R5 when its method name starts with "R5_", and counts only if it ran and passed.</summary>
public sealed partial class TraceabilityMatrix(IReadOnlyList<TraceabilityRow> rows)
{
    public IReadOnlyList<TraceabilityRow> Rows { get; } = rows;

    public IReadOnlyList<TraceabilityRow> Gaps => Rows.Where(row => !row.Covered).ToList();

    public static TraceabilityMatrix Build(IReadOnlyList<Requirement> requirements, IReadOnlyList<ExecutedTest> tests, IReadOnlyDictionary<int, ManualEntry> manual)
    {
        var byRequirement = tests
            .Select(test => (test, match: IdPrefix().Match(test.MethodName)))
            .Where(pair => pair.match.Success)
            .ToLookup(pair => int.Parse(pair.match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture), pair => pair.test);
        return new TraceabilityMatrix(requirements.Select(requirement =>
        {
            var linked = byRequirement[requirement.Number].ToList();
            return new TraceabilityRow(
                requirement,
                linked.Where(test => test.Outcome == TestOutcome.Passed).Select(test => test.MethodName).Distinct().Order(StringComparer.Ordinal).ToList(),
                linked.Where(test => test.Outcome == TestOutcome.Failed).Select(test => test.MethodName).Distinct().Order(StringComparer.Ordinal).ToList(),
                manual.GetValueOrDefault(requirement.Number));
        }).ToList());
    }

    [GeneratedRegex(@"^R(?<number>\d+)_")]
    private static partial Regex IdPrefix();
}
