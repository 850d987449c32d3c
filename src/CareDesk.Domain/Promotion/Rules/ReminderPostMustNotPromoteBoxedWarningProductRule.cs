using CareDesk.Domain.Common;

namespace CareDesk.Domain.Promotion.Rules;

/// <summary>Reminder posts (name only, no claim) are not permitted for products with a boxed warning (21 CFR 202.1(e)(2)(i), R23).</summary>
public sealed class ReminderPostMustNotPromoteBoxedWarningProductRule(ProductRiskInformation risk) : IUnprocessableRule
{
    public bool IsBroken() => risk.BoxedWarning;

    public string Message => $"{risk.ProprietaryName} has a boxed warning: reminder posts are not permitted; use a full benefit and risk post.";

    public string? Field => "benefitClaim";
}
