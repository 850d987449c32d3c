using CareDesk.Classification.AdverseEvents.Model;
using static System.FormattableString;

namespace CareDesk.Cli.Model;

/// <summary>Prints precision, recall, F1, PR-AUC and the confusion matrix per operating point.</summary>
internal static class EvaluationReport
{
    public static async Task WriteAsync(TextWriter output, string title, AeEvaluation evaluation)
    {
        await output.WriteLineAsync(Invariant($"{title}: {evaluation.Count} texts, {evaluation.Positives} with an adverse event, PR-AUC {evaluation.AveragePrecision:0.000}"));
        await output.WriteLineAsync("  operating point  threshold  precision  recall  F1      TP     FP     FN     TN");
        foreach (var point in evaluation.Points)
        {
            await output.WriteLineAsync(Invariant(
                $"  {point.Name,-15}  {point.Threshold,9:0.0000}  {point.Precision,9:0.000}  {point.Recall,6:0.000}  {point.F1,5:0.000}  {point.TruePositives,5}  {point.FalsePositives,5}  {point.FalseNegatives,5}  {point.TrueNegatives,5}"));
        }
    }
}
