using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>Only US promotional versions go to FDA on Form 2253 (R27).</summary>
public sealed class Fda2253SubmissionMustBeForRequiredTemplateRule(ResponseTemplate template) : IUnprocessableRule
{
    public bool IsBroken() => !template.Fda2253Required;

    public string Message => $"{template.MaterialId} is not US promotional content: no Form 2253 submission applies.";

    public string? Field => "fda2253SubmittedOn";
}
