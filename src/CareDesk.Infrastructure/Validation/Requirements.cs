using System.Text.RegularExpressions;

namespace CareDesk.Infrastructure.Validation;

public sealed record Requirement(int Number, string Title)
{
    public string Id => $"R{Number}";
}

/// <summary>The requirement ids and titles of the regulatory requirements file ("### R12. Title" headings), read where it lies, never copied.</summary>
public static partial class RequirementCatalog
{
    public static IReadOnlyList<Requirement> Parse(string markdown) =>
        Heading().Matches(markdown).Select(match => new Requirement(int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["title"].Value.Trim()))
            .OrderBy(requirement => requirement.Number).ToList();

    [GeneratedRegex(@"^###\s+R(?<number>\d+)\.\s+(?<title>.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}

/// <summary>A manual test, a justification or a plan for a requirement without an automated test (docs/validation/manual-tests.md).</summary>
public sealed record ManualEntry(int Requirement, string Kind, string Description);

/// <summary>Reads the rows "| R12 | kind | description |" of the manual-test table; other lines are prose and are skipped.</summary>
public static partial class ManualTestCatalog
{
    public static IReadOnlyDictionary<int, ManualEntry> Parse(string markdown) =>
        Row().Matches(markdown)
            .Select(match => new ManualEntry(int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["kind"].Value.Trim(), match.Groups["text"].Value.Trim()))
            .Where(entry => entry.Kind.Length > 0 && entry.Description.Length > 0)
            .GroupBy(entry => entry.Requirement)
            .ToDictionary(group => group.Key, group => group.First());

    [GeneratedRegex(@"^\|\s*R(?<number>\d+)\s*\|(?<kind>[^|\n]*)\|(?<text>[^\n]*?)\|\s*$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
