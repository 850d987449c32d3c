using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Trains one model per text style (see <see cref="AeStyleTrainer"/>), evaluates and (optionally) saves them; returns the card.</summary>
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
        if (!request.Files.Any(file => file.TrainOn))
        {
            throw new ArgumentException("at least one file must be a training file", nameof(request));
        }

        var clock = Stopwatch.StartNew();
        var corpora = request.Files.Select(file => SplitCorpus.Read(file, request)).ToList();
        cancellationToken.ThrowIfCancellationRequested();

        var context = new MLContext(seed: request.Seed);
        var scorers = new Dictionary<AeTextStyle, AeStyleScorer>();
        var styles = new List<AeStyleModelCard>();
        foreach (var group in corpora.Where(c => c.File.TrainOn).GroupBy(c => c.File.Style).OrderBy(g => g.Key))
        {
            var (scorer, styleCard) = AeStyleTrainer.Train(context, group.Key, [.. group], request, cancellationToken);
            scorers[group.Key] = scorer;
            styles.Add(styleCard);
        }

        var trained = new AeModel(scorers, Provisional(request) with { Styles = styles });
        var metrics = corpora
            .Where(c => c.Test.Count > 0)
            .Select(c => new AeCorpusMetrics(c.File.Corpus, c.HeldOutDescription, c.File.Style, AeModelEvaluator.Evaluate(trained, c.Test, c.File.Style)))
            .ToList();
        var card = trained.Card with
        {
            TrainingSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            TrainingFiles = corpora.Select(c => c.Summary()).ToList(),
            Metrics = metrics,
        };
        var model = trained.WithCard(card);
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
        var thresholdsFrom = request.ValidationFolds > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{request.ValidationFolds}-fold out-of-fold scores of the train + validation part, then trained on all of it")
            : "the validation slices, trained on the train part";
        return new AeModelCard(version, trainedAt, $"{request.Options.Describe()}; calibration and thresholds from {thresholdsFrom}", request.Seed, 0, [], [], []);
    }
}
