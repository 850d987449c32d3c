namespace CareDesk.Domain.Channels;

/// <summary>
/// Who started the conversation a channel carries (R2): people posting of their own accord (organic) or a company-run
/// data collection (survey, chatbot questionnaire, patient-support programme, market research). It decides the default
/// E2B report type of the adverse events found there.
/// </summary>
public enum DataCollectionSource
{
    Organic = 0,
    CompanySurvey = 1,
    ChatbotFlow = 2,
    PatientSupportProgramme = 3,
    MarketResearch = 4,
}
