namespace CareDesk.Classification.Evidence;

/// <summary>
/// Explains a post: suspect drugs, event spans (negated? indication?), whose experience it is, the four minimum
/// criteria with evidence and special situations. Thread-safe; the lexicons are built once.
/// </summary>
public sealed class AeEvidenceExtractor
{
    private readonly DrugLexicon _drugs;
    private readonly EventLexicon _events;
    private readonly NegationDetector _negation = new();
    private readonly IndicationDetector _indication;
    private readonly ExperiencerDetector _experiencer = new();
    private readonly SpecialSituationDetector _specialSituations = new();

    public AeEvidenceExtractor(DrugLexicon drugs, EventLexicon events)
    {
        _drugs = drugs ?? throw new ArgumentNullException(nameof(drugs));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _indication = new IndicationDetector(drugs);
    }

    /// <summary>An extractor over the lexicons shipped with the product.</summary>
    public static AeEvidenceExtractor CreateDefault() => new(DrugLexicon.LoadDefault(), EventLexicon.LoadDefault());

    public AeEvidence Extract(string text, string? author)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TokenizedText.Create(text);
        var drugs = _drugs.Find(tokens);
        var events = _events.Find(tokens)
            .Where(match => !OverlapsAny(match.Start, match.End, drugs))
            .Select(match => new EventMention(
                match.Text,
                match.Start,
                match.End,
                _negation.IsNegated(tokens, match.Start, match.End),
                _indication.IsIndication(tokens, match.Start, match.End, drugs)))
            .ToList();
        var experiencer = _experiencer.Detect(tokens);
        var suspect = drugs.FirstOrDefault(drug => !_negation.IsNegated(tokens, drug.Start, drug.End));
        var reaction = events.FirstOrDefault(mention => mention.IsReaction);

        var criteria = new FourCriteria(
            string.IsNullOrWhiteSpace(author) ? Criterion.Missing : new Criterion(true, author.Trim(), null, null),
            PatientCriterion(experiencer),
            suspect is null ? Criterion.Missing : Criterion.InText(suspect.Matched, suspect.Start, suspect.End),
            reaction is null ? Criterion.Missing : Criterion.InText(reaction.Text, reaction.Start, reaction.End));

        return new AeEvidence(drugs, events, experiencer.Experiencer, criteria, _specialSituations.Find(tokens));
    }

    private static Criterion PatientCriterion(ExperiencerFinding finding) =>
        finding is { Experiencer: Experiencer.Self or Experiencer.KnownOther, Evidence: { } evidence, Start: { } start, End: { } end }
            ? Criterion.InText(evidence, start, end)
            : Criterion.Missing;

    private static bool OverlapsAny(int start, int end, IReadOnlyList<DrugMention> drugs)
    {
        foreach (var drug in drugs)
        {
            if (drug.Start < end && start < drug.End)
            {
                return true;
            }
        }

        return false;
    }
}
