using CareDesk.Domain.Common;
using CareDesk.Domain.Templates.Rules;
using CareDesk.Domain.Users;

namespace CareDesk.Domain.Templates;

/// <summary>Expiry, advance notice and re-certification of an approved version (R49).</summary>
public sealed partial class ResponseTemplate
{
    /// <summary>Moves an approved version past its expiry date to Expired; returns whether it did (R49).</summary>
    public bool ExpireIfDue(DateOnly today, DateTimeOffset at)
    {
        if (Status != TemplateStatus.Approved || today <= ValidUntil)
        {
            return false;
        }

        MoveTo(TemplateStatus.Expired, $"Expired after {ValidUntil:yyyy-MM-dd}.", at);
        return true;
    }

    /// <summary>
    /// Periodic re-review without a content change (R49): the same version stays in use until <paramref name="today"/> plus
    /// <paramref name="months"/>; UK/EU material never beyond 24 months. The caller signs it "Re-certified".
    /// </summary>
    public void Recertify(ReviewerRole role, string signer, IReadOnlyCollection<ReviewerRole> signerRoles, DateOnly today, int months)
    {
        BusinessRules.Check(new OnlyAnApprovedVersionCanBeRecertifiedRule(Status));
        BusinessRules.Check(new SignerMustHoldReviewerRoleRule(signer, role, signerRoles));
        BusinessRules.Check(new AuthorMustNotApproveOwnTemplateRule(Author, signer));
        var until = today.AddMonths(months);
        BusinessRules.Check(new TemplateDatesMustBeConsistentRule(today, today, until, Markets));
        RecertifiedUntil = until;
    }

    /// <summary>The tightest configured lead time (e.g. 60, 30, 7 days) this approved version is now within, if any (R49).</summary>
    public int? ExpiryLeadDue(DateOnly today, IEnumerable<int> leadDays) =>
        ApprovedDaysLeft(today) is { } left ? leadDays.Where(lead => left <= lead).Order().Cast<int?>().FirstOrDefault() : null;

    /// <summary>Days left before an approved version expires, when that is within <paramref name="warningDays"/> (R49).</summary>
    public int? DaysUntilExpiry(DateOnly today, int warningDays) =>
        ApprovedDaysLeft(today) is { } left && left <= warningDays ? left : null;

    /// <summary>Days until an approved, unexpired version runs out; null for any other state or once past its date.</summary>
    private int? ApprovedDaysLeft(DateOnly today) =>
        Status == TemplateStatus.Approved && ValidUntil.DayNumber - today.DayNumber is var left && left >= 0 ? left : null;
}
