namespace CareDesk.Classification.Evidence;

/// <summary>
/// Decides whether an event mention is what a medicine was taken for (an indication) rather than a reaction to it:
/// "took advil for my headache", "cymbalta helps my depression", "prescribed X to treat Y", "depression hurts,
/// cymbalta can help", "diagnosed with Y". Reaction wording in the same sentence wins: "X gave me Y",
/// "Y since starting X", "X made me Y", "side effect".
/// </summary>
public sealed class IndicationDetector
{
    private const int FillerWindow = 4;
    private const int CueWindow = 6;

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "my", "the", "a", "an", "his", "her", "their", "our", "your", "some", "bad", "severe", "chronic", "terrible",
        "horrible", "awful", "mild", "major", "this", "that", "these", "those", "its", "of", "with", "from", "in",
        "and", "daily", "constant", "frequent", "occasional", "really", "very", "extreme", "crippling", "debilitating",
        "clinical", "general", "generalized", "generalised", "social", "occasional", "nerve", "back", "joint",
    };

    private static readonly PhraseList TreatmentCues = new(
        "for", "treat", "treats", "treating", "treated", "help", "helps", "helped", "helping", "relieve", "relieves",
        "relieved", "relieving", "control", "controls", "controlling", "manage", "manages", "managing", "against",
        "cure", "cures", "cured", "fix", "fixes", "fixed", "ease", "eases", "eased", "prevent", "prevents", "combat",
        "fight", "fights", "calm", "calms", "reduce", "reduces", "reduced", "lower", "lowers", "kill", "kills",
        "killed", "diagnosed with", "suffer from", "suffers from", "suffering from", "suffered from", "history of",
        "struggle with", "struggling with", "struggled with", "battling", "deal with", "dealing with", "cope with",
        "to get rid of", "take care of", "took care of", "takes care of", "works on", "worked on", "work on",
        "works for", "worked for", "work for", "good for", "great for");

    private static readonly PhraseList HelpAfterDrug = new(
        "help", "helps", "helped", "helping", "works", "worked", "work", "is working", "treats", "fixed", "fixes",
        "cures", "cured", "relieves", "relieved", "is great", "is amazing", "saved", "saves", "is a lifesaver",
        "is a life saver", "is helping", "has helped", "really helps", "really helped", "can help", "will help",
        "may help", "might help", "does help");

    private static readonly PhraseList ImprovementAfterEvent = new(
        "better", "improved", "improving", "improves", "under control", "controlled", "manageable", "managed", "gone",
        "went away", "disappeared", "lifted", "eased", "easing");

    private static readonly PhraseList MedicationCues = new(
        "took", "take", "taking", "takes", "taken", "prescribed", "on", "meds", "med", "medication", "medications",
        "medicine", "pill", "pills", "tablet", "tablets", "dose", "script", "prescription", "started", "start",
        "starting", "put me on", "drug", "drugs", "shot", "inhaler");

    private static readonly PhraseList ReactionBefore = new(
        "gave me", "gives me", "giving me", "give me", "given me", "made me", "makes me", "making me", "make me",
        "caused", "causes", "causing", "cause", "caused me", "led to", "leads to", "resulted in", "side effect",
        "side effects", "triggered", "triggers", "induced", "reaction", "allergic to", "now i have", "i now have",
        "got me", "left me", "leaves me");

    private static readonly PhraseList ReactionAfter = new(
        "since starting", "since i started", "since taking", "since i've been", "since going on", "since being on",
        "since switching", "after starting", "after taking", "after i started", "after i took", "after the",
        "from taking", "from the", "from my", "from", "due to", "because of", "caused by", "side effect",
        "side effects", "induced", "withdrawal", "withdrawals", "on", "while on", "while taking", "coming off");

    private readonly DrugLexicon? _lexicon;

    /// <summary>Creates the detector; with a lexicon, configured products' approved indications count too.</summary>
    public IndicationDetector(DrugLexicon? lexicon = null) => _lexicon = lexicon;

    /// <summary>True when the event at [start, end) is what one of <paramref name="drugs"/> was taken for.</summary>
    public bool IsIndication(string text, int start, int end, IReadOnlyList<DrugMention> drugs) =>
        IsIndication(TokenizedText.Create(text), start, end, drugs);

    internal bool IsIndication(TokenizedText text, int start, int end, IReadOnlyList<DrugMention> drugs)
    {
        var first = text.FirstTokenAtOrAfter(start);
        var last = text.LastTokenBefore(end);
        if (first >= text.Count || last < first || HasReactionCue(text, first, last))
        {
            return false;
        }

        var sentence = text.Tokens[first].Sentence;
        var drugTokens = drugs.Select(drug => text.FirstTokenAtOrAfter(drug.Start))
            .Where(index => index < text.Count && text.Tokens[index].Sentence == sentence).ToList();

        return TreatmentCueBefore(text, first, drugTokens)
            || DrugHelpsAfter(text, last, drugTokens)
            || ImprovesWithDrug(text, last, drugTokens)
            || IsApprovedIndication(text.Text[start..end], drugs);
    }

    private static bool TreatmentCueBefore(TokenizedText text, int first, List<int> drugTokens)
    {
        var sentence = text.Tokens[first].Sentence;
        for (var k = first - 1; k >= Math.Max(0, first - FillerWindow - 1); k--)
        {
            if (text.Tokens[k].Sentence != sentence)
            {
                return false;
            }

            var cue = TreatmentCues.EndingAt(text, k);
            if (cue > 0)
            {
                var cueStart = k - cue + 1;
                return cue > 1 && !text.Tokens[cueStart].Norm.StartsWith("work", StringComparison.Ordinal)
                    || drugTokens.Any(index => index < cueStart)
                    || HasMedicationCue(text, sentence, cueStart);
            }

            if (!Fillers.Contains(text.Tokens[k].Norm))
            {
                return false;
            }
        }

        return false;
    }

    private static bool DrugHelpsAfter(TokenizedText text, int last, List<int> drugTokens)
    {
        foreach (var drug in drugTokens.Where(index => index > last && index - last <= 8))
        {
            for (var k = drug + 1; k <= Math.Min(text.Count - 1, drug + 3); k++)
            {
                if (HelpAfterDrug.StartingAt(text, k) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ImprovesWithDrug(TokenizedText text, int last, List<int> drugTokens)
    {
        if (drugTokens.Count == 0)
        {
            return false;
        }

        for (var k = last + 1; k <= Math.Min(text.Count - 1, last + 4); k++)
        {
            if (ImprovementAfterEvent.StartingAt(text, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsApprovedIndication(string eventText, IReadOnlyList<DrugMention> drugs) =>
        _lexicon is not null && drugs.Where(drug => drug.IsConfiguredProduct)
            .SelectMany(drug => _lexicon.ApprovedIndicationsFor(drug.Canonical))
            .Any(indication => indication.Contains(eventText, StringComparison.OrdinalIgnoreCase)
                || eventText.Contains(indication, StringComparison.OrdinalIgnoreCase));

    private static bool HasMedicationCue(TokenizedText text, int sentence, int before)
    {
        for (var k = before - 1; k >= 0 && text.Tokens[k].Sentence == sentence; k--)
        {
            if (MedicationCues.EndingAt(text, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasReactionCue(TokenizedText text, int first, int last)
    {
        var sentence = text.Tokens[first].Sentence;
        for (var k = first - 1; k >= Math.Max(0, first - CueWindow) && text.Tokens[k].Sentence == sentence; k--)
        {
            if (ReactionBefore.EndingAt(text, k) > 0)
            {
                return true;
            }
        }

        for (var k = last + 1; k < Math.Min(text.Count, last + 1 + CueWindow) && text.Tokens[k].Sentence == sentence; k++)
        {
            if (ReactionAfter.StartingAt(text, k) > 0 && (k == last + 1 || !IsBareConnector(text.Tokens[k].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBareConnector(string word) => word is "from" or "on";
}
