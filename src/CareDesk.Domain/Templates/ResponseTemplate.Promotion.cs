using CareDesk.Domain.Common;
using CareDesk.Domain.Promotion.Rules;

namespace CareDesk.Domain.Templates;

/// <summary>Promotional metadata of a template version: SIUU tag (R22), benefit claim (R23) and the FDA Form 2253 record (R27).</summary>
public sealed partial class ResponseTemplate
{
    public const int MaxBenefitClaimLength = 500;

    /// <summary>Scientific information on unapproved use: never in a proactive post or a public reply (R22).</summary>
    public bool Siuu { get; private set; }

    /// <summary>The indication or benefit claim the post makes, verbatim in the body; none on a promotional template means a reminder post (R23).</summary>
    public string? BenefitClaim { get; private set; }

    /// <summary>The day the version was submitted to FDA on Form 2253; a 2253-required version cannot go live before it (R27).</summary>
    public DateOnly? Fda2253SubmittedOn { get; private set; }

    /// <summary>When this version was first disseminated (first reply or proactive post that used it), recorded once (R27).</summary>
    public DateTimeOffset? FirstDisseminatedAt { get; private set; }

    /// <summary>21 CFR 314.81(b)(3)(i): every US promotional piece is submitted at first dissemination, so the flag follows from category and market.</summary>
    public bool Fda2253Required => Category == TemplateCategory.Promotional && Markets.Any(market => market == "US");

    public bool IsReminder => Category == TemplateCategory.Promotional && BenefitClaim is null;

    /// <summary>Records the Form 2253 submission date; not signed content, so the MLR signatures stay valid.</summary>
    public void RecordFda2253Submission(DateOnly submittedOn)
    {
        BusinessRules.Check(new Fda2253SubmissionMustBeForRequiredTemplateRule(this));
        Fda2253SubmittedOn = submittedOn;
    }

    /// <summary>Checks the version may go live (R27) and stamps its first dissemination the first time.</summary>
    public void RecordDissemination(DateTimeOffset at)
    {
        BusinessRules.Check(new Fda2253MustBeSubmittedBeforeGoingLiveRule(this));
        FirstDisseminatedAt ??= at;
    }
}
