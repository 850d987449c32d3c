namespace CareDesk.Domain.Templates;

/// <summary>Who a template version is approved for (R25): anyone on the channel, or only authors staff verified as HCPs.</summary>
public enum TemplateAudience
{
    Public,

    /// <summary>HCP-only content: sent only to an author whose HCP status staff verified; self-declaration does not count.</summary>
    VerifiedHcp,
}
