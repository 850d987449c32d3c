using CareDesk.Classification.AdverseEvents.Model;
using CareDesk.Classification.Evidence;
using CareDesk.Classification.Products;
using CareDesk.Classification.Signals;
using CareDesk.Domain.Triage;

namespace CareDesk.Classification.Screening;

/// <summary>
/// Everything the trained detectors say about one post: the adverse-event assessment at the brand's operating
/// point for the post's text style (model score plus explainable evidence), complaint and question findings as triage hits, and text signals.
/// Stateless apart from the loaded model and lexicons, so one instance serves all threads.
/// </summary>
public sealed class PostScreener
{
    private readonly AeModel _model;
    private readonly AeEvidenceExtractor _evidence;
    private readonly QuestionDetector _questions;
    private readonly ClassificationOptions _options;

    public PostScreener(AeModel model, ClassificationOptions options)
    {
        _model = model;
        _options = options;
        var products = options.Products.Select(product => new ConfiguredProduct(product.Name, product.Aliases, product.ApprovedIndications)).ToList();
        _evidence = new AeEvidenceExtractor(DrugLexicon.LoadDefault().WithProducts(products), EventLexicon.LoadDefault());
        _questions = new QuestionDetector(new ProductConfiguration(products));
    }

    public string ModelVersion => _model.Card.Version;

    public ScreeningResult Screen(TriageInput input)
    {
        var evidence = _evidence.Extract(input.Text, input.Author);
        var point = _options.OperatingPointFor(input.Brand);
        var style = TextStyleMapping.For(input.ChannelKind, input.Text);
        var thresholds = _model.ThresholdsFor(style);
        var threshold = point == ClassificationOptions.Balanced ? thresholds.Balanced : thresholds.Screening;
        var score = _model.Score(input.Text, evidence, style);
        var assessment = AssessmentMapping.ToAssessment(evidence, score, score >= threshold, point, threshold, ModelVersion);

        var hits = new List<RuleHit>();
        if (assessment.Detected)
        {
            hits.Add(AssessmentMapping.AdverseEventHit(evidence, score, ModelVersion));
        }

        // Special situations go to PV even when no reaction is described (R6).
        hits.AddRange(evidence.SpecialSituations.Select(situation =>
            new RuleHit($"special situation: {situation.Situation}", TriageLabel.AdverseEvent, Priority.High, situation.Text, situation.Start, situation.End - situation.Start)));
        hits.AddRange(FindingHits.From(ComplaintDetector.Detect(input.Text), _questions.Detect(input.Text)));
        return new ScreeningResult(assessment, hits, SignalMapping.ToSignals(TextSignalAnalyzer.Analyze(input.Text)));
    }
}

public sealed record ScreeningResult(AdverseEventAssessment AdverseEvent, IReadOnlyList<RuleHit> Hits, PostSignals Signals);
