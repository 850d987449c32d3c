using CareDesk.Domain.Common;

namespace CareDesk.Domain.Policy.Rules;

/// <summary>A reply goes out only inside the brand's engagement scope and as the approved response matrix allows (HTTP 422).</summary>
public sealed class ReplyMustFollowEngagementPolicyRule(string? scopeRefusal, ResponseDecision? decision, string templateJobCode) : IUnprocessableRule
{
    public bool IsBroken() => scopeRefusal is not null || (decision is not null && !decision.AllowsTemplate(templateJobCode));

    public string Message => scopeRefusal ?? decision switch
    {
        { Action: ResponseAction.Ignore } => $"The response matrix (v{decision.MatrixVersion}) says ignore this case: {decision.Reason}.",
        { TemplateJobCodes.Count: 0 } => $"The response matrix (v{decision.MatrixVersion}) allows no reply here ({decision.Action}); route the case instead.",
        { } => $"The response matrix (v{decision.MatrixVersion}) allows {decision.Action} with {string.Join(", ", decision.TemplateJobCodes)} only, not {templateJobCode}.",
        null => string.Empty,
    };

    public string? Field => "templateId";
}
