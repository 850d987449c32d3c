namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Fits p = sigmoid(A * margin + B) by Newton's method on held-out margins (Platt 1999, with his target smoothing).</summary>
internal static class PlattCalibrator
{
    public static AeCalibration Fit(IReadOnlyList<ScoredLabel> margins)
    {
        var positives = margins.Count(m => m.IsPositive);
        var negatives = margins.Count - positives;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double gA = 0, gB = 0, hAA = 1e-9, hAB = 0, hBB = 1e-9;
            foreach (var m in margins)
            {
                var p = 1.0 / (1.0 + Math.Exp(-((a * m.Score) + b)));
                var d = p - (m.IsPositive ? hi : lo);
                var w = p * (1 - p);
                gA += d * m.Score;
                gB += d;
                hAA += w * m.Score * m.Score;
                hAB += w * m.Score;
                hBB += w;
            }

            var det = (hAA * hBB) - (hAB * hAB);
            if (Math.Abs(det) < 1e-12)
            {
                break;
            }

            var stepA = ((hBB * gA) - (hAB * gB)) / det;
            var stepB = ((hAA * gB) - (hAB * gA)) / det;
            a -= stepA;
            b -= stepB;
            if (Math.Abs(stepA) + Math.Abs(stepB) < 1e-9)
            {
                break;
            }
        }

        return new AeCalibration(a, b);
    }
}
