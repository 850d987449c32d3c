using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Tests.Templates;

public sealed class WordDiffTests
{
    [Fact]
    public void R48_the_diff_between_two_versions_marks_the_changed_words_and_keeps_the_rest()
    {
        var diff = WordDiff.Between("Thanks {{first_name}}, see {{url}}.", "Thanks {{first_name}}! For heart failure see {{url}}.");

        diff.ShouldBe([
            new DiffSegment(DiffKind.Same, "Thanks "),
            new DiffSegment(DiffKind.Removed, "{{first_name}}, "),
            new DiffSegment(DiffKind.Added, "{{first_name}}! For heart failure "),
            new DiffSegment(DiffKind.Same, "see {{url}}."),
        ]);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("same words here", "same words here")]
    [InlineData("", "all new")]
    [InlineData("all gone", "")]
    [InlineData("a b c d", "a x c y")]
    public void Both_versions_can_be_rebuilt_from_the_diff(string older, string newer)
    {
        var diff = WordDiff.Between(older, newer);

        string.Concat(diff.Where(segment => segment.Kind != DiffKind.Added).Select(segment => segment.Text)).TrimEnd().ShouldBe(older);
        string.Concat(diff.Where(segment => segment.Kind != DiffKind.Removed).Select(segment => segment.Text)).TrimEnd().ShouldBe(newer);
        diff.Zip(diff.Skip(1)).ShouldAllBe(pair => pair.First.Kind != pair.Second.Kind);
    }
}
