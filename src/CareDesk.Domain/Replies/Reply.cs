using CareDesk.Domain.Templates;

namespace CareDesk.Domain.Replies;

/// <summary>A reply sent on a case, traceable to the exact approved template version; never changed or deleted.</summary>
public sealed class Reply
{
    private Reply()
    {
        JobCode = string.Empty;
        Text = string.Empty;
        SentBy = string.Empty;
        Variables = [];
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid ChannelId { get; private set; }

    public string? InReplyToExternalId { get; private set; }

    public Guid TemplateId { get; private set; }

    public int TemplateVersion { get; private set; }

    public string JobCode { get; private set; }

    /// <summary>The approved final form the text came from, e.g. "CZ-US-0142 v3" (R50).</summary>
    public string MaterialId { get; private set; } = string.Empty;

    /// <summary>The template's date of preparation, stamped for the sent-message log (R50).</summary>
    public DateOnly DateOfPreparation { get; private set; }

    public Dictionary<string, string> Variables { get; private set; }

    public string Text { get; private set; }

    public string SentBy { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public static Reply Send(Guid caseId, Guid channelId, string? inReplyToExternalId, ResponseTemplate template,
        IReadOnlyDictionary<string, string> variables, string text, string sentBy, DateTimeOffset at) => new()
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            ChannelId = channelId,
            InReplyToExternalId = inReplyToExternalId,
            TemplateId = template.Id,
            TemplateVersion = template.Version,
            JobCode = template.JobCode,
            MaterialId = template.MaterialId,
            DateOfPreparation = template.DateOfPreparation,
            Variables = new Dictionary<string, string>(variables),
            Text = text,
            SentBy = sentBy,
            SentAt = at,
        };
}
