using CareDesk.Domain.Triage;

namespace CareDesk.Application.Triage;

/// <summary>
/// The starter rule set a new installation gets and the CLI classifies with. Deliberately recall-leaning for
/// adverse events: a false alarm costs a minute of an agent's time, a missed AE is a regulatory failure.
/// </summary>
public static class DefaultTriageRules
{
    public static IReadOnlyList<TriageRuleDefinition> Definitions { get; } =
    [
        new("Adverse event: symptoms and reactions", TriageLabel.AdverseEvent, Priority.High, TriageMatchKind.AnyTerm,
            ["side effect*", "adverse", "reaction*", "rash*", "hives", "itch*", "nause*", "vomit*", "threw up", "dizz*", "headache*",
             "migraine*", "diarrh*", "constipat*", "palpitation*", "heart racing", "heart is racing", "chest pain", "short of breath", "swell*",
             "bleed*", "bruis*", "faint*", "passed out", "seizure*", "insomnia", "can't sleep", "hair loss", "weight gain",
             "blurred vision", "numb", "numbness", "tingling", "fatigue", "exhausted", "tired", "nosebleed*", "hospital*", "emergency room", "ER visit", "ambulance",
             "infection", "injection site", "died", "death", "passed away", "fatal", "made me sick", "felt sick", "allergic", "anaphyla*", "liver", "jaundice"],
            ExcludeTerms: ["no side effects", "without side effects", "zero side effects", "no side effect"]),
        new("Adverse event: pregnancy, overdose, misuse and lack of effect", TriageLabel.AdverseEvent, Priority.High, TriageMatchKind.Regex,
            [@"\b(pregnant|breastfeeding)\b.{0,60}\b(took|taking|on)\b", @"\b(took|taken|swallowed)\b.{0,30}\b(double|too many|extra)\b",
             @"\b(stopped|stop(ped)?|not)\s+work(ing|s)?\b", @"\bdoesn'?t work\b"]),
        new("Crisis: self-harm and public safety", TriageLabel.CrisisSignal, Priority.Urgent, TriageMatchKind.AnyTerm,
            ["suicid*", "kill myself", "end my life", "want to die", "self harm", "self-harm", "overdos*",
             "lawsuit", "class action", "recall", "boycott", "poison*"]),
        new("Product quality complaint", TriageLabel.ProductComplaint, Priority.High, TriageMatchKind.AnyTerm,
            ["broken", "cracked", "leak*", "defect*", "damaged", "jammed", "missing pill*", "wrong pill*", "wrong dose",
             "expired", "lot number", "batch", "counterfeit", "fake", "tamper*", "seal was", "discolo*", "smells", "crumbl*", "missing tablet*",
             "packaging", "pen won't", "needle bent"]),
        new("Medical information request", TriageLabel.MedicalInquiry, Priority.Normal, TriageMatchKind.Regex,
            [@"\b(can|should|could) i (take|use|mix|drink|stop|split|crush)\b", @"\bis it (safe|ok|okay)\b", @"\b(dosage|dosing|dose)\b",
             @"\binteract(ion|ions|s)?\b", @"\bwith alcohol\b", @"\bmissed (a|my) dose\b", @"\bhow long (does|until|before)\b"]),
        new("Off-label question", TriageLabel.OffLabel, Priority.Normal, TriageMatchKind.Regex,
            [@"\boff[- ]label\b", @"\bnot approved for\b",
             @"\b(use|take|give|prescribe|try)\b.{0,40}\b(for|to treat)\b.{0,30}\b(my )?(kid|kids|child|children|son|daughter|baby|toddler|teen|dog|cat|weight loss|acne|anxiety|sleep)\b"]),
        new("General inquiry", TriageLabel.GeneralInquiry, Priority.Normal, TriageMatchKind.AnyTerm,
            ["where can i", "how do i", "price", "cost", "coupon", "copay", "co-pay", "savings card", "insurance", "pharmacy",
             "in stock", "shortage", "available", "refill", "contact"]),
        new("Praise", TriageLabel.Praise, Priority.Low, TriageMatchKind.AnyTerm,
            ["thank you", "thanks", "love", "amazing", "life changing", "life-changing", "grateful", "works great", "best thing",
             "so much better", "game changer"]),
    ];

    public static IReadOnlyList<TriageRule> CreateRules(DateTimeOffset now) =>
        Definitions.Select(definition => TriageRule.Create(definition, now)).ToList();
}
