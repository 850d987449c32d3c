using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Pharmacovigilance;

/// <summary>Plain-language names of the R6 flags, as PV reads them on the form, in exports and in the E2B comment.</summary>
public static class SpecialSituationNames
{
    public static string Display(SpecialSituation situation) => situation switch
    {
        SpecialSituation.PregnancyMaternalExposure => "pregnancy exposure (maternal)",
        SpecialSituation.PregnancyPaternalExposure => "pregnancy exposure (paternal)",
        SpecialSituation.BreastFeedingExposure => "exposure during breast-feeding",
        SpecialSituation.PaediatricUse => "paediatric use",
        SpecialSituation.ElderlyUse => "use in the elderly",
        SpecialSituation.Overdose => "overdose",
        SpecialSituation.Abuse => "abuse",
        SpecialSituation.Misuse => "misuse",
        SpecialSituation.OffLabelUse => "off-label use",
        SpecialSituation.MedicationError => "medication error",
        SpecialSituation.NameConfusion => "medication error: name confusion",
        SpecialSituation.InterceptedMedicationError => "intercepted medication error",
        SpecialSituation.OccupationalExposure => "occupational exposure",
        SpecialSituation.LackOfEfficacy => "lack of therapeutic efficacy",
        SpecialSituation.InfectiousAgentTransmission => "suspected transmission of an infectious agent",
        SpecialSituation.CounterfeitProduct => "counterfeit or falsified product",
        SpecialSituation.DrugInteraction => "drug interaction",
        _ => situation.ToString(),
    };
}
