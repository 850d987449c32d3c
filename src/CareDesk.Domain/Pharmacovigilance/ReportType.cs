namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>
/// E2B C.1.3 as CareDesk uses it (R2): an unsolicited post is spontaneous (code 1); an AE collected by a company-run
/// survey, chatbot or patient-support programme is solicited and goes out as "report from study" (code 2).
/// </summary>
public enum ReportType
{
    Spontaneous = 1,
    Solicited = 2,
}
