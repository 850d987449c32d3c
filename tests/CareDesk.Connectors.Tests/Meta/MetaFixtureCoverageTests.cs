using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>Every recorded Facebook and Instagram file is replayed by a Meta test (named by its manifest path).</summary>
public sealed class MetaFixtureCoverageTests
{
    [Fact]
    public void Every_facebook_and_instagram_fixture_is_named_in_a_meta_test()
    {
        var sources = string.Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "CareDesk.Connectors.Tests", "Meta"), "*.cs")
            .Where(file => !file.EndsWith(nameof(MetaFixtureCoverageTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var files = SocialFixtures.ManifestFiles().Where(file => file.StartsWith("facebook/", StringComparison.Ordinal) || file.StartsWith("instagram/", StringComparison.Ordinal)).ToList();

        files.Count.ShouldBe(54);
        files.Where(file => !sources.Contains('"' + file + '"', StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
