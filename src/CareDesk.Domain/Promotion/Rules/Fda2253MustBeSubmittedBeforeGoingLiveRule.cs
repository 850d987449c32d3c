using CareDesk.Domain.Common;
using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>A "2253 required" version cannot go live until its "2253 submitted" date is entered (R27, 21 CFR 314.81(b)(3)(i)).</summary>
public sealed class Fda2253MustBeSubmittedBeforeGoingLiveRule(ResponseTemplate template) : IUnprocessableRule
{
    public bool IsBroken() => template.Fda2253Required && template.Fda2253SubmittedOn is null;

    public string Message => $"2253 required: enter the Form 2253 submitted date before {template.MaterialId} goes live.";

    public string? Field => "fda2253SubmittedOn";
}
