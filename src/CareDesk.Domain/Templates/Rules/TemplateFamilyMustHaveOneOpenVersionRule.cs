using CareDesk.Domain.Common;

namespace CareDesk.Domain.Templates.Rules;

/// <summary>At most one version of a template is being drafted or reviewed at a time, so reviewers never sign a stale copy.</summary>
public sealed class TemplateFamilyMustHaveOneOpenVersionRule(IReadOnlyCollection<ResponseTemplate> versions) : ISequencingRule
{
    private ResponseTemplate? Open => versions.FirstOrDefault(version => version.Status is TemplateStatus.Draft or TemplateStatus.InReview);

    public bool IsBroken() => Open is not null;

    public string Message => $"Sequencing: {Open?.MaterialId} is still {Open?.Status}; finish or withdraw it before starting another version.";

    public string? Field => "templateId";
}
