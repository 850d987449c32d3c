using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Builds the ML.NET estimator chain: text n-grams (+ hand-made cues) into one binary trainer.</summary>
internal static class AePipelineFactory
{
    private const string Label = nameof(AeModelInput.Label);
    private const string Weight = nameof(AeModelInput.Weight);
    private const string Features = "Features";

    public static IEstimator<ITransformer> Create(MLContext context, AeModelOptions options)
    {
        var weighting = options.UseTfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.WordNgramLength, UseAllLengths = true, Weighting = weighting, MaximumNgramsCount = [options.MaxNgramsPerLength] },
            CharFeatureExtractor = options.CharNgramLength > 0 && !options.HashCharNgrams
                ? new WordBagEstimator.Options { NgramLength = options.CharNgramLength, UseAllLengths = true, Weighting = weighting, MaximumNgramsCount = [options.MaxNgramsPerLength] }
                : null,
        };
        IEstimator<ITransformer> chain = context.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(AeModelInput.Text));
        List<string> parts = ["TextFeatures"];
        if (options.CharNgramLength > 0 && options.HashCharNgrams)
        {
            chain = chain.Append(context.Transforms.Text.TokenizeIntoCharactersAsKeys("CharTokens", nameof(AeModelInput.Text)))
                .Append(context.Transforms.Text.ProduceHashedNgrams("CharCounts", "CharTokens", options.CharHashBits, options.CharNgramLength, useAllLengths: true))
                .Append(context.Transforms.NormalizeLpNorm("CharFeatures", "CharCounts"));
            parts.Add("CharFeatures");
        }

        if (options.UseHandFeatures)
        {
            parts.Add(nameof(AeModelInput.Cues));
        }

        chain = chain.Append(context.Transforms.Concatenate(Features, [.. parts]));
        return chain.Append(Trainer(context, options));
    }

    private static IEstimator<ITransformer> Trainer(MLContext context, AeModelOptions options) => options.Trainer switch
    {
        AeTrainerKind.SdcaLogistic => context.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            ExampleWeightColumnName = Weight,
            L2Regularization = options.L2Regularization,
            MaximumNumberOfIterations = options.Iterations,
            NumberOfThreads = 1,
        }),
        AeTrainerKind.LbfgsLogistic => context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            ExampleWeightColumnName = Weight,
            L2Regularization = options.L2Regularization,
            L1Regularization = 0,
            MaximumNumberOfIterations = options.Iterations,
        }),
        AeTrainerKind.LightGbm => context.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            ExampleWeightColumnName = Weight,
            NumberOfIterations = options.Iterations,
            NumberOfLeaves = 31,
            LearningRate = 0.05,
            MinimumExampleCountPerLeaf = 10,
            Booster = new GradientBooster.Options { FeatureFraction = 0.5, L2Regularization = options.L2Regularization },
            Seed = 1,
        }),
        AeTrainerKind.FastTree => context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            ExampleWeightColumnName = Weight,
            NumberOfTrees = options.Iterations,
            NumberOfLeaves = 31,
            LearningRate = 0.1,
            MinimumExampleCountPerLeaf = 10,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "unknown trainer"),
    };
}
