using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Harness;

/// <summary>
/// Issue 5: every recorded file in ../shared/fixtures/social/manifest.json is replayed by at least one connector test,
/// which names it by its manifest path. A new recording without a test fails here.
/// </summary>
public sealed class FixtureCoverageTests
{
    [Theory]
    [InlineData("x", 42)]
    [InlineData("facebook", 37)]
    [InlineData("instagram", 17)]
    [InlineData("youtube", 14)]
    [InlineData("reddit", 19)]
    public void Every_recorded_file_of_the_network_is_named_in_a_connector_test(string network, int recorded)
    {
        var sources = string.Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "CareDesk.Connectors.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => !file.EndsWith(nameof(FixtureCoverageTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var files = SocialFixtures.ManifestFiles().Where(file => file.StartsWith(network + "/", StringComparison.Ordinal)).ToList();

        files.Count.ShouldBe(recorded);
        files.Where(file => !sources.Contains('"' + file + '"', StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
