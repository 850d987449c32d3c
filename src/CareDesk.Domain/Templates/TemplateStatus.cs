namespace CareDesk.Domain.Templates;

public enum TemplateStatus
{
    Draft,
    Approved,
    Withdrawn,
}
