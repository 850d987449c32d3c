namespace CareDesk.Classification.Evidence;

/// <summary>Why a post may report an adverse event: the spans found, whose experience it is, the four criteria and special situations.</summary>
public sealed record AeEvidence(
    IReadOnlyList<DrugMention> Drugs,
    IReadOnlyList<EventMention> Events,
    Experiencer Experiencer,
    FourCriteria Criteria,
    IReadOnlyList<SpecialSituationMention> SpecialSituations)
{
    /// <summary>Events that are neither negated nor indications.</summary>
    public IReadOnlyList<EventMention> ReactionEvents => [.. Events.Where(mention => mention.IsReaction)];
}
