using System.Collections.Concurrent;
using CareDesk.Classification.Evidence;
using Microsoft.ML;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>
/// One style's trained pipeline, producing the raw (uncalibrated) margin. Thread-safe: ML.NET prediction engines
/// are not, so each call rents one from a pool.
/// </summary>
internal sealed class AeStyleScorer(MLContext context, ITransformer transformer, DataViewSchema inputSchema)
{
    private readonly ConcurrentBag<PredictionEngine<AeModelInput, AeModelOutput>> _engines = [];

    public float Margin(string text, AeEvidence? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_engines.TryTake(out var engine))
        {
            engine = context.Model.CreatePredictionEngine<AeModelInput, AeModelOutput>(transformer, inputSchema);
        }

        try
        {
            return engine.Predict(AeModelInput.From(text, evidence: evidence)).Score;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    public static AeStyleScorer Load(MLContext context, string path)
    {
        using var stream = File.OpenRead(path);
        var transformer = context.Model.Load(stream, out var inputSchema);
        return new AeStyleScorer(context, transformer, inputSchema);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        context.Model.Save(transformer, inputSchema, stream);
    }
}
