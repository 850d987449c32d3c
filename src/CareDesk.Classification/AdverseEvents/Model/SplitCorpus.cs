using System.Globalization;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>One training file read and split into its Train / Validation / Test parts by <see cref="DatasetSplit"/>.</summary>
internal sealed record SplitCorpus(AeTrainingFile File, int Rows, int Positives, IReadOnlyList<LabelledText> Train, IReadOnlyList<LabelledText> Validation, IReadOnlyList<LabelledText> Test, string HeldOutDescription)
{
    public static SplitCorpus Read(AeTrainingFile file, AeTrainingRequest request)
    {
        var rows = LabelledTextReader.ReadJsonl(file.Path);
        var parts = rows.ToLookup(row => file.UsePredefinedSplit
            ? DatasetSplit.AssignPredefined(row, request.ValidationFraction)
            : DatasetSplit.Assign(row.Id, request.TestFraction, request.ValidationFraction));
        var heldOut = file.UsePredefinedSplit
            ? "the file's own dev/test rows"
            : string.Create(CultureInfo.InvariantCulture, $"id-hash test fraction {request.TestFraction}");
        return new SplitCorpus(file, rows.Count, rows.Count(r => r.HasAe), [.. parts[SplitPart.Train]], [.. parts[SplitPart.Validation]], [.. parts[SplitPart.Test]], heldOut);
    }

    public AeTrainingFileSummary Summary() =>
        new(File.Corpus, File.Path, Rows, Positives, File.TrainOn ? Train.Count : 0, File.TrainOn ? Validation.Count : 0, Test.Count, File.TrainOn, File.Style);
}
