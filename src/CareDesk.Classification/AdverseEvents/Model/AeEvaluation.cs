namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Precision/recall/F1 and the confusion matrix at one threshold (score >= threshold is positive).</summary>
public sealed record AeOperatingPoint(string Name, float Threshold, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>An evaluation: size, positives, PR-AUC (average precision) and the operating points.</summary>
public sealed record AeEvaluation(int Count, int Positives, double AveragePrecision, IReadOnlyList<AeOperatingPoint> Points)
{
    public AeOperatingPoint Point(string name) => Points.First(point => point.Name == name);
}
