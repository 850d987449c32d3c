namespace CareDesk.Classification.AdverseEvents.Model;

public enum AeTrainerKind
{
    SdcaLogistic,
    LbfgsLogistic,
    LightGbm,
    FastTree,
}

/// <summary>The pipeline's knobs (the shipped defaults are the best of the recorded experiments).</summary>
public sealed record AeModelOptions
{
    public AeTrainerKind Trainer { get; init; } = AeTrainerKind.LbfgsLogistic;

    public int WordNgramLength { get; init; } = 3;

    /// <summary>Char n-grams of lengths 1..this (0 turns them off).</summary>
    public int CharNgramLength { get; init; } = 5;

    public bool UseTfIdf { get; init; } = true;

    /// <summary>Hashed char n-gram counts (2^<see cref="CharHashBits"/> slots, no dictionary: small in memory) instead of a dictionary.</summary>
    public bool HashCharNgrams { get; init; } = true;

    public int CharHashBits { get; init; } = 20;

    /// <summary>Most frequent n-grams kept per n-gram length (bounds model size and memory).</summary>
    public int MaxNgramsPerLength { get; init; } = 100_000;

    public bool UseHandFeatures { get; init; } = true;

    /// <summary>Example weight of a positive row (negatives weigh 1).</summary>
    public float PositiveWeight { get; init; } = 1f;

    public float L2Regularization { get; init; } = 0.1f;

    public int Iterations { get; init; } = 300;

    public string Describe() =>
        FormattableString.Invariant(
            $"{Trainer}; word 1-{WordNgramLength}, char 1-{CharNgramLength}{(HashCharNgrams ? FormattableString.Invariant($" hashed {CharHashBits} bits") : "")}, {(UseTfIdf ? "tf-idf" : "tf")}, max {MaxNgramsPerLength} n-grams per length; cues {(UseHandFeatures ? "on" : "off")}; pos weight {PositiveWeight}; l2 {L2Regularization}; iter {Iterations}");
}
