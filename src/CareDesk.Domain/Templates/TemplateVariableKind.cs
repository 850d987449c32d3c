namespace CareDesk.Domain.Templates;

/// <summary>What an agent may type into a variable. There is deliberately no free-text kind (R24).</summary>
public enum TemplateVariableKind
{
    FirstName,
    Handle,
    CaseNumber,
    Url,
    PhoneNumber,
}
