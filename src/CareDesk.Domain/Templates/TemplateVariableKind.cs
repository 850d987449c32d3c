namespace CareDesk.Domain.Templates;

/// <summary>What an agent may type into a variable. There is deliberately no free-text kind (R24).</summary>
public enum TemplateVariableKind
{
    FirstName,
    Handle,
    CaseNumber,
    Url,
    PhoneNumber,

    /// <summary>A redemption code issued on the case (see Roi/CouponCode): checked by its check character, never free text.</summary>
    CouponCode,
}
