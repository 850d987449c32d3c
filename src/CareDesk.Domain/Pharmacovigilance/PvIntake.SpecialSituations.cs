namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>Special situations (R6) and the patient and reaction details that complete the E2B export (R9).</summary>
public sealed partial class PvIntake
{
    private static readonly SpecialSituation[] PregnancyExposures =
        [SpecialSituation.PregnancyMaternalExposure, SpecialSituation.PregnancyPaternalExposure];

    /// <summary>Independent special-situation flags: suggested by the classifier, then set by the PV reviewer.</summary>
    public List<SpecialSituation> SpecialSituations { get; private set; }

    /// <summary>Whether an adverse event is reported at all; a special situation without one is not an ICSR (GVP VI.A).</summary>
    public bool HasAdverseEvent { get; private set; } = true;

    public PatientSex? PatientSex { get; private set; }

    /// <summary>E2B D.2.2a/b age at onset, in years.</summary>
    public int? PatientAgeYears { get; private set; }

    public PatientAgeGroup? PatientAgeGroup { get; private set; }

    /// <summary>Reactions beyond the confirmed event criterion; each is its own E.i with its own seriousness.</summary>
    public List<Reaction> AdditionalReactions { get; private set; }

    public bool IsSpecialSituationWithoutAdverseEvent => SpecialSituations.Count > 0 && !HasAdverseEvent;

    public string Classification => IsSpecialSituationWithoutAdverseEvent
        ? PvClassification.SpecialSituationWithoutAdverseEvent
        : PvClassification.AdverseEvent;

    /// <summary>Serious when the event criterion or any further reaction meets an ICH criterion (R7).</summary>
    public bool IsSerious => Seriousness.IsSerious || AdditionalReactions.Any(reaction => reaction.Seriousness.IsSerious);

    /// <summary>
    /// Sets the flags and whether an AE is reported. A pregnancy exposure opens one "pregnancy outcome" follow-up task,
    /// due at <paramref name="pregnancyOutcomeDueAt"/>; it stays when the flag is later cleared, because the attempt history must not vanish.
    /// </summary>
    public void RecordSpecialSituations(IEnumerable<SpecialSituation> situations, bool hasAdverseEvent, DateTimeOffset pregnancyOutcomeDueAt)
    {
        SpecialSituations = [.. situations.Distinct().Order()];
        HasAdverseEvent = hasAdverseEvent;
        var pregnancy = SpecialSituations.Any(PregnancyExposures.Contains);
        if (pregnancy && !FollowUps.Any(task => task.Purpose == FollowUpTask.PregnancyOutcome))
        {
            FollowUps = [.. FollowUps, new FollowUpTask(FollowUps.Count + 1, pregnancyOutcomeDueAt, Purpose: FollowUpTask.PregnancyOutcome)];
        }
    }

    public void RecordPatient(PatientSex? sex, int? ageYears, PatientAgeGroup? ageGroup)
    {
        PatientSex = sex;
        PatientAgeYears = ageYears;
        PatientAgeGroup = ageGroup;
    }

    public void RecordAdditionalReactions(IEnumerable<Reaction> reactions) =>
        AdditionalReactions = [.. reactions.Where(reaction => !string.IsNullOrWhiteSpace(reaction.Verbatim)).Select(reaction => reaction with { Verbatim = reaction.Verbatim.Trim() })];
}
