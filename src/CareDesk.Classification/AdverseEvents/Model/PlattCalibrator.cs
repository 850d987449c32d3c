namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>
/// Fits p = sigmoid(A * margin + B) by Newton's method with a backtracking line search on held-out margins
/// (Platt 1999, with his target smoothing; the line search of Lin, Lin and Weng 2007 keeps it stable on separable margins).
/// </summary>
internal static class PlattCalibrator
{
    public static AeCalibration Fit(IReadOnlyList<ScoredLabel> margins)
    {
        var positives = margins.Count(m => m.IsPositive);
        var negatives = margins.Count - positives;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        var loss = Loss(margins, a, b, hi, lo);
        for (var iteration = 0; iteration < 100; iteration++)
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
            var scale = 1.0;
            var newLoss = Loss(margins, a - stepA, b - stepB, hi, lo);
            while (newLoss > loss + 1e-12 && scale > 1e-10)
            {
                scale /= 2;
                newLoss = Loss(margins, a - (scale * stepA), b - (scale * stepB), hi, lo);
            }

            if (newLoss > loss + 1e-12)
            {
                break;
            }

            a -= scale * stepA;
            b -= scale * stepB;
            loss = newLoss;
            if (scale * (Math.Abs(stepA) + Math.Abs(stepB)) < 1e-9)
            {
                break;
            }
        }

        return new AeCalibration(a, b);
    }

    /// <summary>Cross-entropy against the smoothed targets, computed without overflow.</summary>
    private static double Loss(IReadOnlyList<ScoredLabel> margins, double a, double b, double hi, double lo)
    {
        var total = 0.0;
        foreach (var m in margins)
        {
            var z = (a * m.Score) + b;
            var t = m.IsPositive ? hi : lo;
            total += z >= 0 ? ((1 - t) * z) + Math.Log(1 + Math.Exp(-z)) : (-t * z) + Math.Log(1 + Math.Exp(z));
        }

        return total;
    }
}
