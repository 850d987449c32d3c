using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Replies.Rules;

/// <summary>
/// R21: a public off-label question may only be answered in public with a redirect-to-Medical-Information template.
/// The redirect family is the set of templates MLR approved for the off_label label; anything substantive goes
/// privately, through Medical Information.
/// </summary>
public sealed class OffLabelQuestionGetsOnlyRedirectTemplatesRule(IReadOnlyCollection<TriageLabel> caseLabels, bool askedInPublic, ResponseTemplate template) : IBusinessRule
{
    public static bool IsRedirectTemplate(ResponseTemplate template) => template.Labels.Contains(TriageLabel.OffLabel);

    public bool IsBroken() => askedInPublic && caseLabels.Contains(TriageLabel.OffLabel) && !IsRedirectTemplate(template);

    public string Message => $"This is a public off-label question: only a redirect-to-Medical-Information template may be used in public, not '{template.Name}'.";

    public string? Field => "templateId";
}
