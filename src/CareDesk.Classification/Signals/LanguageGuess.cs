namespace CareDesk.Classification.Signals;

/// <summary>An ISO 639-1 language code ("und" when undetermined) and a confidence in 0..1.</summary>
public sealed record LanguageGuess(string IsoCode, double Confidence)
{
    public const string Undetermined = "und";

    public static LanguageGuess Unknown { get; } = new(Undetermined, 0);

    public bool IsDetermined => IsoCode != Undetermined;
}
