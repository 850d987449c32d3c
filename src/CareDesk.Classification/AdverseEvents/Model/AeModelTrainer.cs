using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Trains, calibrates, thresholds, evaluates and (optionally) saves the AE model; returns its card.</summary>
public sealed class AeModelTrainer(TimeProvider timeProvider)
{
    public Task<AeModelCard> TrainAsync(AeTrainingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.Run(() => Train(request, cancellationToken).Card, cancellationToken);
    }

    /// <summary>Trains and returns the model in memory (saved too when the request names an output directory).</summary>
    public AeModel Train(AeTrainingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Files.Count == 0 || !request.Files[0].TrainOn)
        {
            throw new ArgumentException("the first file must be a training file (the primary corpus)", nameof(request));
        }

        var clock = Stopwatch.StartNew();
        var corpora = request.Files.Select(file => SplitCorpus.Read(file, request)).ToList();
        cancellationToken.ThrowIfCancellationRequested();

        var options = request.Options;
        var inputs = corpora.Where(c => c.File.TrainOn)
            .SelectMany((c, index) => c.Train.Select(row => AeModelInput.From(
                row.Text,
                row.HasAe,
                (row.HasAe ? options.PositiveWeight : 1f) * (index == 0 ? options.PrimaryCorpusWeight : 1f))))
            .ToList();
        var context = new MLContext(seed: request.Seed);
        var data = context.Data.LoadFromEnumerable(inputs);
        var transformer = AePipelineFactory.Create(context, options).Fit(data);
        cancellationToken.ThrowIfCancellationRequested();

        var provisional = new AeModel(context, transformer, data.Schema, Provisional(request));
        var validationMargins = corpora.Where(c => c.File.TrainOn)
            .SelectMany(c => c.Validation)
            .Select(row => new ScoredLabel(provisional.Margin(row.Text), row.HasAe))
            .ToList();
        var calibration = PlattCalibrator.Fit(validationMargins);
        var primaryValidation = corpora[0].Validation
            .Select(row => new ScoredLabel(calibration.Apply(provisional.Margin(row.Text)), row.HasAe))
            .ToList();
        var thresholds = new AeThresholds(
            ThresholdSelector.ForRecall(primaryValidation, request.ScreeningTargetRecall),
            ThresholdSelector.MaxF1(primaryValidation));
        cancellationToken.ThrowIfCancellationRequested();

        var calibrated = provisional.WithCard(provisional.Card with { Thresholds = thresholds, Calibration = calibration });
        var metrics = corpora
            .Where(c => c.Test.Count > 0)
            .Select(c => new AeCorpusMetrics(c.File.Corpus, c.HeldOutDescription, AeModelEvaluator.Evaluate(calibrated, c.Test)))
            .ToList();
        var card = calibrated.Card with
        {
            TrainingSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            TrainingFiles = corpora.Select(c => c.Summary()).ToList(),
            Metrics = metrics,
        };
        var model = calibrated.WithCard(card);
        if (request.OutputDirectory is not null)
        {
            model.Save(request.OutputDirectory);
        }

        return model;
    }

    private AeModelCard Provisional(AeTrainingRequest request)
    {
        var trainedAt = timeProvider.GetUtcNow();
        var version = string.Create(CultureInfo.InvariantCulture, $"ae-{trainedAt:yyyy.MM.dd}-{request.BuildNumber}");
        return new AeModelCard(version, trainedAt, request.Options.Describe(), request.Seed, 0, [], new AeThresholds(0.5f, 0.5f), new AeCalibration(1, 0), []);
    }
}
