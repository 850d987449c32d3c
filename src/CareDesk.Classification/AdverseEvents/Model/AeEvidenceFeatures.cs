using CareDesk.Classification.Evidence;

namespace CareDesk.Classification.AdverseEvents.Model;

/// <summary>Dense cues from the evidence extractor (drugs, events, negation, indication, experiencer, special situations), each 0..1.</summary>
internal static class AeEvidenceFeatures
{
    public const int Count = 12;

    /// <summary>Most tokens between the end of a drug mention and a reaction that still count as "reaction after the drug".</summary>
    private const int NearTokens = 8;

    private static readonly Lazy<AeEvidenceExtractor> DefaultExtractor = new(AeEvidenceExtractor.CreateDefault);

    public static AeEvidence Extract(string rawText) => DefaultExtractor.Value.Extract(rawText, author: null);

    public static void Write(AeEvidence evidence, string rawText, int tokenCount, Span<float> features)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(rawText);
        var reactions = 0;
        var negated = 0;
        var indications = 0;
        foreach (var mention in evidence.Events)
        {
            reactions += mention.IsReaction ? 1 : 0;
            negated += mention.Negated ? 1 : 0;
            indications += mention.IsIndication ? 1 : 0;
        }

        features[0] = Flag(evidence.Drugs.Count > 0);
        features[1] = Scale(reactions, 3);
        features[2] = Flag(evidence.Events.Count > 0 && negated == evidence.Events.Count);
        features[3] = Flag(indications > 0);
        features[4] = Flag(evidence.Experiencer == Experiencer.Self);
        features[5] = Flag(evidence.Experiencer == Experiencer.KnownOther);
        features[6] = Flag(evidence.Experiencer == Experiencer.General);
        features[7] = Flag(ReactionSoonAfterDrug(evidence, rawText));
        features[8] = Flag(evidence.SpecialSituations.Count > 0);
        features[9] = Math.Min(1f, evidence.Events.Count * 5f / Math.Max(tokenCount, 5));
        features[10] = Flag(evidence.Criteria.Patient.Met && evidence.Criteria.Product.Met && evidence.Criteria.Event.Met);
        features[11] = Flag(reactions > 0 && evidence.Experiencer != Experiencer.General);
    }

    private static bool ReactionSoonAfterDrug(AeEvidence evidence, string rawText)
    {
        foreach (var drug in evidence.Drugs)
        {
            foreach (var mention in evidence.Events)
            {
                if (mention.IsReaction && mention.Start >= drug.End && WordsBetween(rawText, drug.End, mention.Start) <= NearTokens)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int WordsBetween(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    private static float Flag(bool value) => value ? 1f : 0f;

    private static float Scale(int count, int cap) => Math.Min(count, cap) / (float)cap;
}
