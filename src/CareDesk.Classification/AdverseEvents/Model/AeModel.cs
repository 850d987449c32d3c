using System.Collections.Concurrent;
using CareDesk.Classification.Evidence;
using Microsoft.ML;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>
/// The trained adverse-event classifier: <see cref="Score(string)"/> is a calibrated probability that a text reports an AE.
/// Thread-safe: ML.NET prediction engines are not, so each call rents one from a pool.
/// </summary>
public sealed class AeModel
{
    public const string ModelFileName = "model.zip";
    public const string CardFileName = "model-card.json";
    public const string HumanCardFileName = "MODEL_CARD.md";

    private readonly MLContext _context;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly ConcurrentBag<PredictionEngine<AeModelInput, AeModelOutput>> _engines = [];

    internal AeModel(MLContext context, ITransformer transformer, DataViewSchema inputSchema, AeModelCard card)
    {
        _context = context;
        _transformer = transformer;
        _inputSchema = inputSchema;
        Card = card;
    }

    public AeModelCard Card { get; }

    public float Score(string text) => Card.Calibration.Apply(Margin(text));

    /// <summary>Scores a text whose evidence the caller has already extracted (saves a second extraction).</summary>
    public float Score(string text, AeEvidence evidence) => Card.Calibration.Apply(Margin(text, evidence ?? throw new ArgumentNullException(nameof(evidence))));

    internal float Margin(string text, AeEvidence? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_engines.TryTake(out var engine))
        {
            engine = _context.Model.CreatePredictionEngine<AeModelInput, AeModelOutput>(_transformer, _inputSchema);
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

    public static AeModel Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var card = AeModelCardJson.Read(File.ReadAllText(Path.Combine(directory, CardFileName)));
        using var stream = File.OpenRead(Path.Combine(directory, ModelFileName));
        return Load(stream, card);
    }

    public static AeModel Load(Stream modelZip, AeModelCard card)
    {
        ArgumentNullException.ThrowIfNull(modelZip);
        ArgumentNullException.ThrowIfNull(card);
        var context = new MLContext(seed: card.Seed);
        var transformer = context.Model.Load(modelZip, out var inputSchema);
        return new AeModel(context, transformer, inputSchema, card);
    }

    /// <summary>Writes <c>model.zip</c>, <c>model-card.json</c> and the human <c>MODEL_CARD.md</c>.</summary>
    public void Save(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        using (var stream = File.Create(Path.Combine(directory, ModelFileName)))
        {
            _context.Model.Save(_transformer, _inputSchema, stream);
        }

        File.WriteAllText(Path.Combine(directory, CardFileName), AeModelCardJson.Write(Card));
        File.WriteAllText(Path.Combine(directory, HumanCardFileName), AeModelCardMarkdown.Write(Card));
    }

    internal AeModel WithCard(AeModelCard card) => new(_context, _transformer, _inputSchema, card);
}
