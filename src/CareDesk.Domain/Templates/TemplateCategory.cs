namespace CareDesk.Domain.Templates;

/// <summary>What a template is for: service replies (safety, complaints, redirects) or product promotion (R25).</summary>
public enum TemplateCategory
{
    Service,
    Promotional,

    /// <summary>Holding statements pre-approved for a crisis; a brand's crisis playbook offers these.</summary>
    Crisis,
}
