using System.Globalization;
using CareDesk.Classification.AdverseEvents.Model;

namespace CareDesk.Classification.Tests.AdverseEvents.Model;

public sealed class DatasetSplitTests
{
    [Fact]
    public void Same_id_always_lands_in_the_same_part()
    {
        var first = Enumerable.Range(0, 500).Select(i => DatasetSplit.Assign(Id(i))).ToList();
        var second = Enumerable.Range(0, 500).Select(i => DatasetSplit.Assign(Id(i))).ToList();

        second.ShouldBe(first);
        DatasetSplit.HashFraction("smm4h20:344266386467606528").ShouldBe(DatasetSplit.HashFraction("smm4h20:344266386467606528"));
    }

    [Fact]
    public void Split_is_roughly_80_20_with_a_tenth_of_train_for_validation()
    {
        var parts = Enumerable.Range(0, 20_000).Select(i => DatasetSplit.Assign(Id(i))).ToList();
        var test = parts.Count(p => p == SplitPart.Test) / 20_000.0;
        var validation = parts.Count(p => p == SplitPart.Validation) / 20_000.0;

        test.ShouldBeInRange(0.19, 0.21);
        validation.ShouldBeInRange(0.07, 0.09);
    }

    [Fact]
    public void Predefined_split_holds_out_dev_rows_and_hashes_the_rest()
    {
        DatasetSplit.AssignPredefined(new LabelledText("x", "t", false, "dev")).ShouldBe(SplitPart.Test);
        var trainParts = Enumerable.Range(0, 2_000).Select(i => DatasetSplit.AssignPredefined(new LabelledText(Id(i), "t", false, "train"))).ToList();

        trainParts.ShouldNotContain(SplitPart.Test);
        trainParts.ShouldContain(SplitPart.Validation);
    }

    [Fact]
    public void Folds_are_even_stable_and_cut_across_the_validation_slice()
    {
        var folds = Enumerable.Range(0, 20_000).Select(i => DatasetSplit.Fold(Id(i), 4)).ToList();
        var validationFolds = Enumerable.Range(0, 20_000).Where(i => DatasetSplit.Assign(Id(i)) == SplitPart.Validation).Select(i => folds[i]).ToHashSet();

        folds.ShouldAllBe(f => f >= 0 && f < 4);
        Enumerable.Range(0, 4).ShouldAllBe(f => folds.Count(x => x == f) > 4_700 && folds.Count(x => x == f) < 5_300);
        validationFolds.Count.ShouldBe(4);
        DatasetSplit.Fold(Id(7), 4).ShouldBe(folds[7]);
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"post:{i}");
}
