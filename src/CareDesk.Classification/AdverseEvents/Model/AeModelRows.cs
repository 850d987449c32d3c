using CareDesk.Classification.Evidence;
using Microsoft.ML.Data;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>The ML.NET input row: normalised text plus the hand-made cue vector.</summary>
internal sealed class AeModelInput
{
    public string Text { get; set; } = string.Empty;

    [VectorType(AeHandFeatures.Count)]
    public float[] Cues { get; set; } = new float[AeHandFeatures.Count];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1f;

    public static AeModelInput From(string text, bool label = false, float weight = 1f, AeEvidence? evidence = null)
    {
        var normalised = AeTextNormalizer.Normalize(text);
        return new AeModelInput
        {
            Text = normalised,
            Cues = AeHandFeatures.Compute(text, normalised, evidence),
            Label = label,
            Weight = weight,
        };
    }
}

/// <summary>The ML.NET output row: the raw margin; <see cref="AeModel"/> calibrates it.</summary>
internal sealed class AeModelOutput
{
    public float Score { get; set; }
}
