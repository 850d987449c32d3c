using CareDesk.Classification.Evidence;
using Microsoft.ML;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>
/// The trained adverse-event classifier: one model per <see cref="AeTextStyle"/>, each with its own calibration and
/// operating points. <see cref="Score(string, AeTextStyle)"/> is a calibrated probability that a text reports an AE.
/// Thread-safe.
/// </summary>
public sealed class AeModel
{
    public const string CardFileName = "model-card.json";
    public const string HumanCardFileName = "MODEL_CARD.md";

    private readonly IReadOnlyDictionary<AeTextStyle, AeStyleScorer> _scorers;

    internal AeModel(IReadOnlyDictionary<AeTextStyle, AeStyleScorer> scorers, AeModelCard card)
    {
        _scorers = scorers;
        Card = card;
    }

    public AeModelCard Card { get; }

    public float Score(string text, AeTextStyle style) => CardFor(style).Calibration.Apply(Margin(text, style));

    /// <summary>Scores a text whose evidence the caller has already extracted (saves a second extraction).</summary>
    public float Score(string text, AeEvidence evidence, AeTextStyle style) =>
        CardFor(style).Calibration.Apply(Margin(text, style, evidence ?? throw new ArgumentNullException(nameof(evidence))));

    public AeThresholds ThresholdsFor(AeTextStyle style) => CardFor(style).Thresholds;

    /// <summary>The style's model, or the first one when the model was trained without that style (e.g. tweets only).</summary>
    public AeStyleModelCard CardFor(AeTextStyle style) => Card.Styles.FirstOrDefault(s => s.Style == style) ?? Card.Styles[0];

    /// <summary>The model file name of a style inside the model folder.</summary>
    public static string ModelFileName(AeTextStyle style) => style switch
    {
        AeTextStyle.SocialPost => "model-social-post.zip",
        AeTextStyle.ForumPost => "model-forum-post.zip",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "unknown text style"),
    };

    internal float Margin(string text, AeTextStyle style, AeEvidence? evidence = null) => _scorers[CardFor(style).Style].Margin(text, evidence);

    public static AeModel Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var card = AeModelCardJson.Read(File.ReadAllText(Path.Combine(directory, CardFileName)));
        if (card.Styles.Count == 0)
        {
            throw new InvalidDataException($"the model card in '{directory}' names no style models");
        }

        var context = new MLContext(seed: card.Seed);
        var scorers = card.Styles.ToDictionary(s => s.Style, s => AeStyleScorer.Load(context, Path.Combine(directory, s.ModelFile)));
        return new AeModel(scorers, card);
    }

    /// <summary>Writes one zip per style, <c>model-card.json</c> and the human <c>MODEL_CARD.md</c>.</summary>
    public void Save(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        foreach (var style in Card.Styles)
        {
            _scorers[style.Style].Save(Path.Combine(directory, style.ModelFile));
        }

        File.WriteAllText(Path.Combine(directory, CardFileName), AeModelCardJson.Write(Card));
        File.WriteAllText(Path.Combine(directory, HumanCardFileName), AeModelCardMarkdown.Write(Card));
    }

    internal AeModel WithCard(AeModelCard card) => new(_scorers, card);
}
