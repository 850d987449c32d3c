using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>Re-certification extends a version in use; a draft, or an expired or withdrawn version, needs review or a new version (R46, R49).</summary>
public sealed class OnlyAnApprovedVersionCanBeRecertifiedRule(TemplateStatus status) : ISequencingRule
{
    public bool IsBroken() => status != TemplateStatus.Approved;

    public string Message => $"Sequencing: only an approved version can be re-certified; this one is {status}.";

    public string? Field => "status";
}
