using System.Xml.Linq;
using CareDesk.Domain.Pharmacovigilance;
using static CareDesk.Application.Pharmacovigilance.E2b.Hl7;

namespace CareDesk.Application.Pharmacovigilance.E2b;

/// <summary>The adverseEventAssessment part of an ICSR: patient (D), one reaction per event (E.i), drug (G.k), causality (G.k.9) and sender's comments (H.4).</summary>
internal static class IcsrAssessment
{
    public static XElement Build(IcsrContent content)
    {
        var reactionIds = content.Reactions.Select(_ => Guid.NewGuid().ToString()).ToList();
        var drugId = Guid.NewGuid().ToString();
        return El("adverseEventAssessment", At("classCode", "INVSTG"), At("moodCode", "EVN"),
            El("subject1", At("typeCode", "SBJ"),
                El("primaryRole", At("classCode", "INVSBJ"),
                    El("player1", At("classCode", "PSN"), At("determinerCode", "INSTANCE"),
                        // D.1 is a name or initials; a social post seldom has them, so it is "unknown" and the narrative describes the patient.
                        El("name", At("nullFlavor", "UNK")),
                        Sex(content.Patient.Sex)), // D.5
                    Age(content.Patient.AgeYears), // D.2.2a/b
                    AgeGroup(content.Patient.AgeGroup), // D.2.3
                    content.Reactions.Select((reaction, index) => El("subjectOf2", At("typeCode", "SBJ"),
                        Reaction(reaction, reactionIds[index], index == 0 ? content.PrimaryEvent : IcsrEventText.English))), // E.i
                    El("subjectOf2", At("typeCode", "SBJ"), Drug(content, drugId)))),
            El("component", At("typeCode", "COMP"),
                El("causalityAssessment", At("classCode", "OBS"), At("moodCode", "EVN"),
                    Code("20", ObservationCodes, "interventionCharacterization"),
                    El("value", XsiType("CE"), At("code", "1"), At("displayName", "Suspect"), At("codeSystem", "2.16.840.1.113883.3.989.2.1.1.13")), // G.k.1
                    ProductReference(drugId))),
            // The causality PV recorded is for the confirmed event, the first reaction.
            string.IsNullOrWhiteSpace(content.Causality) ? null : Causality(content.Causality, reactionIds[0], drugId),
            string.IsNullOrWhiteSpace(content.SenderComments) ? null : SenderComment(content.SenderComments)); // H.4
    }

    private static XElement? Sex(PatientSex? sex) => sex is { } known
        ? El("administrativeGenderCode", At("code", (int)known), At("displayName", known.ToString()), At("codeSystem", "1.0.5218"))
        : null;

    private static XElement? Age(int? years) => years is { } age
        ? El("subjectOf2", At("typeCode", "SBJ"),
            El("observation", At("classCode", "OBS"), At("moodCode", "EVN"),
                Code("3", ObservationCodes, "age"),
                El("value", XsiType("PQ"), At("value", age), At("unit", "a"))))
        : null;

    private static XElement? AgeGroup(PatientAgeGroup? group) => group is { } known
        ? El("subjectOf2", At("typeCode", "SBJ"),
            El("observation", At("classCode", "OBS"), At("moodCode", "EVN"),
                Code("4", ObservationCodes, "Age Group"),
                El("value", XsiType("CE"), At("code", (int)known), At("displayName", known.ToString()), At("codeSystem", "2.16.840.1.113883.3.989.2.1.1.9"))))
        : null;

    private static XElement Reaction(Reaction reaction, string reactionId, IcsrEventText text)
    {
        var seriousness = reaction.Seriousness;
        return El("observation", At("classCode", "OBS"), At("moodCode", "EVN"),
            El("id", At("root", reactionId)),
            Code("29", ObservationCodes, "reaction"),
            // E.i.2.1a/b: the MedDRA version and LLT when coded (R11), otherwise unknown; E.i.1.1a/b: the reporter's words in their language (R17).
            text.Meddra is { } coded
                ? El("value", XsiType("CE"), At("code", coded.LltCode), At("codeSystem", MeddraOid), At("codeSystemVersion", coded.Version),
                    El("originalText", At("language", text.Language), reaction.Verbatim))
                : El("value", XsiType("CE"), At("nullFlavor", "UNK"), El("originalText", At("language", text.Language), reaction.Verbatim)),
            string.IsNullOrWhiteSpace(text.Translation) ? null
                : El("outboundRelationship2", At("typeCode", "PERT"),
                    El("observation", At("classCode", "OBS"), At("moodCode", "EVN"), Code("30", ObservationCodes, "reactionForTranslation"),
                        El("value", XsiType("ED"), text.Translation))), // E.i.1.2
            Criterion("34", "resultsInDeath", seriousness.ResultsInDeath), // E.i.3.2a
            Criterion("21", "isLifeThreatening", seriousness.LifeThreatening), // E.i.3.2b
            Criterion("33", "requiresInpatientHospitalization", seriousness.Hospitalisation), // E.i.3.2c
            Criterion("35", "resultsInPersistentOrSignificantDisability", seriousness.Disability), // E.i.3.2d
            Criterion("12", "congenitalAnomalyBirthDefect", seriousness.CongenitalAnomaly), // E.i.3.2e
            Criterion("26", "otherMedicallyImportantCondition", seriousness.OtherMedicallyImportant)); // E.i.3.2f
    }

    private static XElement SenderComment(string comment) =>
        El("component1", At("typeCode", "COMP"),
            El("observationEvent", At("classCode", "OBS"), At("moodCode", "EVN"),
                Code("10", ObservationCodes, "comment"),
                El("value", XsiType("ED"), comment),
                El("author", At("typeCode", "AUT"),
                    El("assignedEntity", At("classCode", "ASSIGNED"),
                        Code("1", "2.16.840.1.113883.3.989.2.1.1.21", "sender")))));

    private static XElement Criterion(string code, string name, bool value) =>
        El("outboundRelationship2", At("typeCode", "PERT"),
            El("observation", At("classCode", "OBS"), At("moodCode", "EVN"), Code(code, ObservationCodes, name), Boolean(value)));

    private static XElement Drug(IcsrContent content, string drugId) =>
        El("organizer", At("classCode", "CATEGORY"), At("moodCode", "EVN"),
            Code("4", "2.16.840.1.113883.3.989.2.1.1.20", "drugInformation"),
            El("component", At("typeCode", "COMP"),
                El("substanceAdministration", At("classCode", "SBADM"), At("moodCode", "EVN"),
                    El("id", At("root", drugId)),
                    El("consumable", At("typeCode", "CSM"),
                        El("instanceOfKind", At("classCode", "INST"),
                            El("kindOfProduct", At("classCode", "MMAT"), At("determinerCode", "KIND"),
                                El("name", content.DrugAsReported))))))); // G.k.2.2

    private static XElement Causality(string result, string reactionId, string drugId) =>
        El("component", At("typeCode", "COMP"),
            El("causalityAssessment", At("classCode", "OBS"), At("moodCode", "EVN"),
                Code("39", ObservationCodes, "causality"),
                El("value", XsiType("ST"), result), // G.k.9.i.2.r.3
                El("subject1", At("typeCode", "SUBJ"), El("adverseEffectReference", At("classCode", "OBS"), At("moodCode", "EVN"), El("id", At("root", reactionId)))),
                ProductReference(drugId)));

    private static XElement ProductReference(string drugId) =>
        El("subject2", At("typeCode", "SUBJ"), El("productUseReference", At("classCode", "SBADM"), At("moodCode", "EVN"), El("id", At("root", drugId))));
}
