using System.Text.RegularExpressions;
using CareDesk.Classification.Evidence;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Hand-made cues for "the author had a reaction", computed on the raw and the normalised text and from the evidence extractor's findings, each scaled to 0..1.</summary>
internal static partial class AeHandFeatures
{
    public const int TextCount = 16;

    public const int Count = TextCount + AeEvidenceFeatures.Count;

    private static readonly HashSet<string> FirstPerson = ["i", "me", "my", "i'm", "im", "myself", "mine", "i've", "ive", "i'd", "i'll"];
    private static readonly HashSet<string> Negations = ["no", "not", "never", "without", "don't", "dont", "didn't", "didnt", "isn't", "can't", "cant", "won't", "nothing", "none"];
    private static readonly string[] DrugSuffixes =
        ["pine", "mab", "olol", "pril", "sartan", "statin", "xetine", "azole", "cillin", "mycin", "floxacin", "prazole", "tidine", "triptyline",
         "zepam", "zolam", "codone", "tadine", "lukast", "formin", "gliptin", "tropin", "profen", "amine", "oxacin", "vudine", "ridone", "apine", "afil"];
    private static readonly HashSet<string> Symptoms =
        ["headache", "headaches", "nausea", "nauseous", "nauseated", "dizzy", "dizziness", "tired", "fatigue", "exhausted", "insomnia", "sleepy",
         "drowsy", "rash", "itching", "itchy", "vomiting", "puking", "threw", "diarrhea", "constipation", "constipated", "sweating", "sweats",
         "shaking", "shaky", "tremors", "numb", "numbness", "tingling", "cramps", "pain", "ache", "aches", "weight", "gain", "hungry", "appetite",
         "anxiety", "anxious", "panic", "depressed", "suicidal", "mood", "dreams", "nightmares", "zombie", "foggy", "fog", "memory", "hair",
         "libido", "sex", "dry", "mouth", "heart", "palpitations", "racing", "blurry", "vision", "swelling", "swollen", "bloated", "sick",
         "stomach", "jittery", "hallucinations", "withdrawal", "withdrawals", "awake", "sleep", "crazy", "weird", "sore", "hives", "seizure"];

    public static float[] Compute(string rawText, string normalisedText, AeEvidence? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        ArgumentNullException.ThrowIfNull(normalisedText);
        var tokens = normalisedText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var features = new float[Count];
        features[0] = Scale(tokens.Count(FirstPerson.Contains), 4);
        features[1] = Flag(CausativePattern().IsMatch(normalisedText));
        features[2] = Flag(OnsetPattern().IsMatch(normalisedText));
        features[3] = Scale(tokens.Count(Negations.Contains), 3);
        features[4] = Flag(IndicationPattern().IsMatch(normalisedText));
        features[5] = Flag(rawText.Contains('#', StringComparison.Ordinal));
        features[6] = Flag(rawText.Contains('@', StringComparison.Ordinal));
        features[7] = Flag(normalisedText.Contains("httpurl", StringComparison.Ordinal));
        features[8] = Scale(rawText.Count(c => char.IsSurrogate(c) || c is >= '\u2600' and <= '\u27BF') / 2, 3);
        features[9] = Scale(tokens.Count(LooksLikeDrug), 2);
        features[10] = Scale(tokens.Count(Symptoms.Contains), 3);
        features[11] = Scale(tokens.Length, 40);
        features[12] = Flag(rawText.Contains('?', StringComparison.Ordinal));
        features[13] = Flag(SideEffectPattern().IsMatch(normalisedText));
        features[14] = Flag(FeelPattern().IsMatch(normalisedText));
        features[15] = Flag(normalisedText.StartsWith("rt ", StringComparison.Ordinal));
        AeEvidenceFeatures.Write(evidence ?? AeEvidenceFeatures.Extract(rawText), rawText, tokens.Length, features.AsSpan(TextCount));
        return features;
    }

    private static bool LooksLikeDrug(string token) =>
        token.Length >= 6 && DrugSuffixes.Any(suffix => token.EndsWith(suffix, StringComparison.Ordinal));

    private static float Flag(bool value) => value ? 1f : 0f;

    private static float Scale(int count, int cap) => Math.Min(count, cap) / (float)cap;

    [GeneratedRegex(@"\b(made|makes|making|make|gave|gives|giving|give|got|get|gets|leaves|left|keeps|kept) me\b")]
    private static partial Regex CausativePattern();

    [GeneratedRegex(@"\b(since (i )?(start|starting|started|taking|took|being on)|after (taking|starting)|started (taking|on)|been on|on \w+ for|switched to|took (my|a|an|some))\b")]
    private static partial Regex OnsetPattern();

    [GeneratedRegex(@"\b(for my|to treat|help(s|ed|ing)? (with|me)|works? for|prescribed for|used for)\b")]
    private static partial Regex IndicationPattern();

    [GeneratedRegex(@"\b(side ?effects?|withdrawals?|reaction|allergic)\b")]
    private static partial Regex SideEffectPattern();

    [GeneratedRegex(@"\b(feel|feeling|felt|feels)\b")]
    private static partial Regex FeelPattern();
}
