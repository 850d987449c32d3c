namespace CareDesk.Domain.Roi;

/// <summary>
/// A single-use coupon code issued on one conversation (case) or for one template version, carrying what a later
/// redemption is attributed to: the case, template, channel and the agent who issued it.
/// </summary>
public sealed class RedemptionCode
{
    private RedemptionCode()
    {
        Code = string.Empty;
        Campaign = string.Empty;
        IssuedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Formatted as people type it, e.g. "K7MQ-3XPA-RT9C"; unique in the database.</summary>
    public string Code { get; private set; }

    public Guid BrandId { get; private set; }

    public Guid? CaseId { get; private set; }

    public int? CaseNumber { get; private set; }

    public Guid? ChannelId { get; private set; }

    public Guid? TemplateId { get; private set; }

    public int? TemplateVersion { get; private set; }

    public string Campaign { get; private set; }

    /// <summary>The agent (user name) the redemption is credited to.</summary>
    public string IssuedBy { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public static RedemptionCode ForConversation(string code, Guid brandId, Guid caseId, int caseNumber, Guid channelId, TemplateReference? template,
        string campaign, string issuedBy, DateTimeOffset at) =>
        New(code, brandId, caseId, caseNumber, channelId, template, campaign, issuedBy, at);

    public static RedemptionCode ForTemplate(string code, Guid brandId, TemplateReference template, Guid? channelId, string campaign, string issuedBy, DateTimeOffset at) =>
        New(code, brandId, null, null, channelId, template, campaign, issuedBy, at);

    private static RedemptionCode New(string code, Guid brandId, Guid? caseId, int? caseNumber, Guid? channelId, TemplateReference? template,
        string campaign, string issuedBy, DateTimeOffset at)
    {
        Common.BusinessRules.Check(new Rules.CampaignMustBeValidRule(campaign));
        return new RedemptionCode
        {
            Id = Guid.NewGuid(),
            Code = code,
            BrandId = brandId,
            CaseId = caseId,
            CaseNumber = caseNumber,
            ChannelId = channelId,
            TemplateId = template?.Id,
            TemplateVersion = template?.Version,
            Campaign = campaign.Trim().ToLowerInvariant(),
            IssuedBy = issuedBy,
            IssuedAt = at,
        };
    }
}
