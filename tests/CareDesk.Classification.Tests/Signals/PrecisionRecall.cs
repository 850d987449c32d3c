using System.Globalization;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>Precision and recall over hand-labelled examples; written to the test output so a run shows the numbers.</summary>
internal sealed record PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Counts one decision per example: expected and predicted "positive", and whether a positive prediction was the right one.</summary>
    public static PrecisionRecall Count(IEnumerable<(bool Expected, bool Predicted, bool Correct)> outcomes)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (expected, predicted, correct) in outcomes)
        {
            if (predicted && expected && correct)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
                fn += expected ? 1 : 0;
            }
            else if (expected)
            {
                fn++;
            }
        }

        return new PrecisionRecall(tp, fp, fn);
    }

    public string Report(string name) => string.Format(CultureInfo.InvariantCulture,
        "{0}: precision {1:F3} recall {2:F3} (tp {3}, fp {4}, fn {5})", name, Precision, Recall, TruePositives, FalsePositives, FalseNegatives);
}
