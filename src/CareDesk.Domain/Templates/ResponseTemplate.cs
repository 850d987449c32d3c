using System.Text.RegularExpressions;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Templates.Rules;
using CareDesk.Domain.Triage;
using CareDesk.Domain.Users;

namespace CareDesk.Domain.Templates;

/// <summary>
/// One version of a reply template under MLR control (R46-R51). Agents fill its declared variables and nothing else.
/// Versions of the same template share a <see cref="FamilyId"/> and job code; an approved version never changes:
/// a change is a new version that goes through review again.
/// </summary>
public sealed partial class ResponseTemplate
{
    public const int MaxNameLength = 100;
    public const int MaxJobCodeLength = 50;
    public const int MaxBodyLength = 4000;
    public const int MaxReasonLength = 2000;
    public const int MaxLabelVersionLength = 50;

    /// <summary>The default review matrix: medical, legal and regulatory must each approve (R47).</summary>
    public static readonly IReadOnlyList<ReviewerRole> RequiredRoles = [ReviewerRole.Medical, ReviewerRole.Legal, ReviewerRole.Regulatory];

    private ResponseTemplate()
    {
        Name = string.Empty;
        JobCode = string.Empty;
        MaterialId = string.Empty;
        Body = string.Empty;
        Author = string.Empty;
        ApprovedBy = string.Empty;
        Variables = [];
        Labels = [];
        ChannelKinds = [];
        Markets = [];
        Approvals = [];
    }

    public Guid Id { get; private set; }

    /// <summary>Shared by every version of one template.</summary>
    public Guid FamilyId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The MLR job code stamped on every reply sent from this template.</summary>
    public string JobCode { get; private set; }

    public int Version { get; private set; }

    /// <summary>The unique id of this final form, job code plus version, e.g. "CZ-US-0142 v3" (R50).</summary>
    public string MaterialId { get; private set; }

    public string Body { get; private set; }

    public List<TemplateVariable> Variables { get; private set; }

    /// <summary>Labels this template answers; empty means any.</summary>
    public List<TriageLabel> Labels { get; private set; }

    /// <summary>Channels it is approved for; empty means any.</summary>
    public List<ChannelKind> ChannelKinds { get; private set; }

    /// <summary>Markets (country codes, "EU") it is approved for; empty only for legacy registrations, meaning any (R25).</summary>
    public List<string> Markets { get; private set; }

    public TemplateCategory Category { get; private set; }

    /// <summary>Public, or HCP-only (sent only to staff-verified HCPs, R25).</summary>
    public TemplateAudience Audience { get; private set; }

    public DateOnly DateOfPreparation { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The expiry the reviewers signed; part of the signed content.</summary>
    public DateOnly ExpiresOn { get; private set; }

    /// <summary>The expiry set by the latest re-certification, when there was one (R49); not signed content, so earlier signatures stay valid.</summary>
    public DateOnly? RecertifiedUntil { get; private set; }

    /// <summary>The day after which this version may no longer be used.</summary>
    public DateOnly ValidUntil => RecertifiedUntil ?? ExpiresOn;

    /// <summary>The product (brand) whose label this template's claims rest on (R51).</summary>
    public Guid? BrandId { get; private set; }

    public string? LabelVersion { get; private set; }

    public string Author { get; private set; }

    public TemplateStatus Status { get; private set; }

    /// <summary>Why the version last changed state (a rejection comment, a withdrawal reason).</summary>
    public string? StatusReason { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    /// <summary>Approvals of this version's current review round; cleared when it is sent back to draft.</summary>
    public List<TemplateApproval> Approvals { get; private set; }

    public string ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>The default matrix, plus a UK nominated signatory's certification for UK material (R47).</summary>
    public IReadOnlyList<ReviewerRole> RequiredReviewRoles => Markets.Any(TemplateMarkets.IsUk) ? [.. RequiredRoles, ReviewerRole.UkCertifier] : RequiredRoles;

    public IEnumerable<ReviewerRole> PendingRoles => RequiredReviewRoles.Except(Approvals.Select(approval => approval.Role));

    public static ResponseTemplate CreateDraft(TemplateContent content, string author, DateTimeOffset at)
    {
        var template = FromContent(content, Guid.NewGuid(), version: 1);
        BusinessRules.Check(new TemplateFieldMustFitRule("markets", string.Join(",", template.Markets), 200));
        BusinessRules.Check(new TemplateDatesMustBeConsistentRule(content.DateOfPreparation, content.EffectiveFrom, content.ExpiresOn, template.Markets));
        template.Author = author;
        template.Status = TemplateStatus.Draft;
        template.StatusChangedAt = at;
        return template;
    }

    /// <summary>Registers a template that already passed MLR review outside CareDesk (the demo data and legacy imports).</summary>
    public static ResponseTemplate CreateApproved(
        string name, string jobCode, string body, IEnumerable<TemplateVariable> variables,
        IEnumerable<TriageLabel> labels, IEnumerable<ChannelKind> channelKinds, DateOnly expiresOn,
        string approvedBy, DateTimeOffset approvedAt, IEnumerable<string>? markets = null, TemplateCategory category = TemplateCategory.Service)
    {
        var approvedOn = DateOnly.FromDateTime(approvedAt.UtcDateTime);
        var content = new TemplateContent(name, jobCode, body, variables.ToList(), labels.ToList(), channelKinds.ToList(), (markets ?? []).ToList(),
            category, approvedOn, approvedOn, expiresOn);
        var template = FromContent(content, Guid.NewGuid(), version: 1);
        template.Author = approvedBy;
        template.Status = TemplateStatus.Approved;
        template.StatusChangedAt = approvedAt;
        template.ApprovedBy = approvedBy;
        template.ApprovedAt = approvedAt;
        return template;
    }

    /// <summary>A changed copy as the next version, in draft, unsigned (R48). The job code stays; the material id moves on.</summary>
    public ResponseTemplate NewVersion(TemplateContent content, string author, DateTimeOffset at)
    {
        var draft = CreateDraft(content with { JobCode = JobCode }, author, at);
        draft.FamilyId = FamilyId;
        draft.Version = Version + 1;
        draft.MaterialId = MaterialIdOf(JobCode, draft.Version);
        return draft;
    }

    public TemplateContent Content => new(Name, JobCode, Body, Variables, Labels, ChannelKinds, Markets, Category, DateOfPreparation, EffectiveFrom,
        ExpiresOn, BrandId, LabelVersion, Siuu, BenefitClaim, Audience);

    public void SubmitForReview(DateTimeOffset at) => MoveTo(TemplateStatus.InReview, null, at);

    /// <summary>Records one required role's approval, executed by an e-signature; returns true once every role approved (R47).</summary>
    public bool RecordApproval(ReviewerRole role, string signer, IReadOnlyCollection<ReviewerRole> signerRoles, Guid signatureId, DateTimeOffset at)
    {
        CheckReviewer(role, signer, signerRoles);
        BusinessRules.Check(new ReviewerRoleMustApproveOnceRule(Approvals, role, signer));
        Approvals = [.. Approvals, new TemplateApproval(role, signer, signatureId, at)];
        if (PendingRoles.Any())
        {
            return false;
        }

        MoveTo(TemplateStatus.Approved, null, at);
        ApprovedBy = string.Join(", ", Approvals.Select(approval => approval.UserName));
        ApprovedAt = at;
        return true;
    }

    /// <summary>A "not approved" verdict: Revise &amp; Resubmit with the reviewer's comment; this round's approvals no longer count (R46, R47).</summary>
    public void Reject(ReviewerRole role, string signer, IReadOnlyCollection<ReviewerRole> signerRoles, string? comment, DateTimeOffset at)
    {
        CheckReviewer(role, signer, signerRoles);
        BusinessRules.Check(new RejectionMustGiveReasonRule(comment));
        MoveTo(TemplateStatus.ReviseAndResubmit, comment!.Trim(), at);
        Approvals = [];
    }

    public void Withdraw(string? reason, DateTimeOffset at)
    {
        BusinessRules.Check(new TemplateFieldMustFitRule("reason", reason, MaxReasonLength));
        MoveTo(TemplateStatus.Withdrawn, reason!.Trim(), at);
    }

    /// <summary>Replaced by an approved successor, or (from Revise &amp; Resubmit) by the revised draft.</summary>
    public void Supersede(ResponseTemplate successor, DateTimeOffset at) =>
        MoveTo(TemplateStatus.Superseded, $"Superseded by {successor.MaterialId}.", at);

    public bool IsUsableOn(DateOnly today, ChannelKind channel, string market) =>
        Status == TemplateStatus.Approved && today >= EffectiveFrom && today <= ValidUntil
        && (ChannelKinds.Count == 0 || ChannelKinds.Contains(channel)) && TemplateMarkets.Covers(Markets, market);

    /// <summary>Renders the approved body with the agent's values; any undeclared, missing or malformed value is refused.</summary>
    public string Render(IReadOnlyDictionary<string, string> values, DateOnly today, ChannelKind channel, string market)
    {
        BusinessRules.Check(new TemplateMustNotBeRetiredRule(this));
        BusinessRules.Check(new TemplateMustBeUsableRule(this, today));
        BusinessRules.Check(new TemplateMustBeApprovedForChannelRule(this, channel, market));
        BusinessRules.Check(new TemplateValuesMustMatchDeclarationRule(Variables, values));
        return Fill(values);
    }

    /// <summary>The body with values substituted, without any usability check: for previews only.</summary>
    public string Fill(IReadOnlyDictionary<string, string> values) => PlaceholderPattern().Replace(Body, match =>
        values.TryGetValue(match.Groups["name"].Value, out var value) ? value.Trim() : string.Empty);

    /// <summary>SHA-256 of this version's identity and signed content: what an e-signature is bound to (R32).</summary>
    public string ContentHash() => TemplateContentHash.Of(this);

    public static IReadOnlyCollection<string> PlaceholdersIn(string body) =>
        PlaceholderPattern().Matches(body).Select(match => match.Groups["name"].Value).Distinct().ToList();

    private static string MaterialIdOf(string jobCode, int version) => $"{jobCode} v{version}";

    private static ResponseTemplate FromContent(TemplateContent content, Guid familyId, int version)
    {
        var declared = content.Variables.ToList();
        var markets = content.Markets.Where(market => !string.IsNullOrWhiteSpace(market)).Select(TemplateMarkets.Normalize).Distinct().ToList();
        var channels = content.ChannelKinds.Distinct().ToList();
        BusinessRules.Check(new TemplateFieldMustFitRule("name", content.Name, MaxNameLength));
        BusinessRules.Check(new TemplateFieldMustFitRule("jobCode", content.JobCode, MaxJobCodeLength));
        BusinessRules.Check(new TemplateFieldMustFitRule("body", content.Body, MaxBodyLength));
        BusinessRules.Check(new TemplatePlaceholdersMustBeDeclaredRule(PlaceholdersIn(content.Body), declared));
        BusinessRules.Check(new PrescriptionPromotionMustNotReachEuropeanPublicRule(content.Category, markets, channels));
        if (content.LabelVersion is not null)
        {
            BusinessRules.Check(new TemplateFieldMustFitRule("labelVersion", content.LabelVersion, MaxLabelVersionLength));
        }

        if (!string.IsNullOrWhiteSpace(content.BenefitClaim))
        {
            BusinessRules.Check(new TemplateFieldMustFitRule("benefitClaim", content.BenefitClaim, MaxBenefitClaimLength));
        }

        return new ResponseTemplate
        {
            Id = Guid.NewGuid(),
            FamilyId = familyId,
            Name = content.Name.Trim(),
            JobCode = content.JobCode.Trim(),
            Version = version,
            MaterialId = MaterialIdOf(content.JobCode.Trim(), version),
            Body = content.Body,
            Variables = declared,
            Labels = content.Labels.Distinct().ToList(),
            ChannelKinds = channels,
            Markets = markets,
            Category = content.Category,
            Audience = content.Audience,
            DateOfPreparation = content.DateOfPreparation,
            EffectiveFrom = content.EffectiveFrom,
            ExpiresOn = content.ExpiresOn,
            BrandId = content.BrandId,
            LabelVersion = content.LabelVersion?.Trim(),
            Siuu = content.Siuu,
            BenefitClaim = string.IsNullOrWhiteSpace(content.BenefitClaim) ? null : content.BenefitClaim.Trim(),
        };
    }

    private void CheckReviewer(ReviewerRole role, string signer, IReadOnlyCollection<ReviewerRole> signerRoles)
    {
        BusinessRules.Check(new TemplateTransitionMustBeAllowedRule(Status, TemplateStatus.Approved));
        BusinessRules.Check(new SignerMustHoldReviewerRoleRule(signer, role, signerRoles));
        BusinessRules.Check(new AuthorMustNotApproveOwnTemplateRule(Author, signer));
    }

    private void MoveTo(TemplateStatus target, string? reason, DateTimeOffset at)
    {
        BusinessRules.Check(new TemplateTransitionMustBeAllowedRule(Status, target));
        Status = target;
        StatusReason = reason;
        StatusChangedAt = at;
    }

    /// <summary>Any {{...}}: names that are not lower snake_case are then undeclared and refused, never sent literally.</summary>
    [GeneratedRegex(@"\{\{\s*(?<name>[^{}]*?)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
