using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Triage;

/// <summary>
/// A verbatim copy of the screening rules in CareDesk.Application's DefaultTriageRules that the multi-label tests
/// need. The Domain test project must not reference Application, so keep this in step with that file by hand.
/// </summary>
internal static class StarterRules
{
    private static readonly TriageRuleDefinition[] Definitions =
    [
        new("Adverse event: symptoms and reactions", TriageLabel.AdverseEvent, Priority.High, TriageMatchKind.AnyTerm,
            ["side effect*", "adverse", "reaction", "rash*", "hives", "itch*", "nause*", "vomit*", "threw up", "dizz*", "headache*",
             "migraine*", "diarrh*", "constipat*", "palpitation*", "heart racing", "chest pain", "short of breath", "swell*",
             "bleed*", "bruis*", "faint*", "passed out", "seizure*", "insomnia", "can't sleep", "hair loss", "weight gain",
             "blurred vision", "numb*", "tingling", "fatigue", "exhausted", "hospital*", "emergency room", "ER visit", "ambulance",
             "infection", "injection site", "made me sick", "felt sick", "allergic", "anaphyla*", "liver", "jaundice"],
            ExcludeTerms: ["no side effects", "without side effects", "zero side effects", "no side effect"]),
        new("Product quality complaint", TriageLabel.ProductComplaint, Priority.High, TriageMatchKind.AnyTerm,
            ["broken", "cracked", "leak*", "defect*", "damaged", "jammed", "missing pill*", "wrong pill*", "wrong dose",
             "expired", "lot number", "batch", "counterfeit", "fake", "tamper*", "seal was", "discolo*", "smells", "crumbl*",
             "packaging", "pen won't", "needle bent"]),
        new("Medical information request", TriageLabel.MedicalInquiry, Priority.Normal, TriageMatchKind.Regex,
            [@"\b(can|should|could) i (take|use|mix|drink|stop|split|crush)\b", @"\bis it (safe|ok|okay)\b", @"\b(dosage|dosing|dose)\b",
             @"\binteract(ion|ions|s)?\b", @"\bwith alcohol\b", @"\bmissed (a|my) dose\b", @"\bhow long (does|until|before)\b"]),
        new("Off-label question", TriageLabel.OffLabel, Priority.Normal, TriageMatchKind.Regex,
            [@"\boff[- ]label\b", @"\bnot approved for\b",
             @"\b(use|take|give|prescribe|try)\b.{0,40}\b(for|to treat)\b.{0,30}\b(my )?(kid|kids|child|children|son|daughter|baby|toddler|teen|dog|cat|weight loss|acne|anxiety|sleep)\b"]),
    ];

    public static IReadOnlyList<TriageRule> Create(DateTimeOffset now) =>
        Definitions.Select(definition => TriageRule.Create(definition, now)).ToList();
}
