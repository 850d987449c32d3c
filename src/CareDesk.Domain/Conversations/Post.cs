using CareDesk.Domain.Common;
using CareDesk.Domain.Conversations.Rules;
using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Conversations;

/// <summary>A received post, stored once and never changed or deleted (it is the source document).</summary>
public sealed class Post
{
    public const int MaxTextBytes = 64 * 1024;
    public const int MaxExternalIdLength = 200;
    public const int MaxAuthorLength = 200;

    private Post()
    {
        ExternalId = string.Empty;
        Author = string.Empty;
        Text = string.Empty;
        ThreadKey = string.Empty;
        Classifier = string.Empty;
        Labels = [];
        Evidence = [];
    }

    public Guid Id { get; private set; }

    public Guid ChannelId { get; private set; }

    public string ExternalId { get; private set; }

    public string Author { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>When CareDesk received it: SLA clocks start here, not when it was processed.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    public string? ThreadId { get; private set; }

    public string? ParentId { get; private set; }

    /// <summary>The conversation this post belongs to within its channel; posts of one thread share a case.</summary>
    public string ThreadKey { get; private set; }

    public bool IsPublic { get; private set; }

    public Guid CaseId { get; private set; }

    public List<TriageLabel> Labels { get; private set; }

    public Priority Priority { get; private set; }

    public string Classifier { get; private set; }

    public List<RuleHit> Evidence { get; private set; }

    public AdverseEventAssessment? AdverseEvent { get; private set; }

    public PostSignals? Signals { get; private set; }

    /// <summary>The version of the channel's listening query that found the post on a non-company source; null for owned-channel items (R13).</summary>
    public int? ListeningQueryVersion { get; private set; }

    public static string ThreadKeyOf(string externalId, string? threadId, string? parentId) =>
        !string.IsNullOrWhiteSpace(threadId) ? threadId.Trim()
        : !string.IsNullOrWhiteSpace(parentId) ? parentId.Trim()
        : externalId.Trim();

    public static Post Receive(ReceivedPost received, Guid channelId, Guid caseId, TriageOutcome triage)
    {
        BusinessRules.Check(new PostTextMustFitRule(received.Text));
        BusinessRules.Check(new PostFieldMustFitRule("externalId", received.ExternalId, MaxExternalIdLength));
        BusinessRules.Check(new PostFieldMustFitRule("author", received.Author, MaxAuthorLength));
        return new Post
        {
            Id = Guid.NewGuid(),
            ChannelId = channelId,
            ExternalId = received.ExternalId.Trim(),
            Author = received.Author.Trim(),
            Text = received.Text,
            PostedAt = received.PostedAt.ToUniversalTime(),
            ReceivedAt = received.ReceivedAt.ToUniversalTime(),
            ThreadId = received.ThreadId,
            ParentId = received.ParentId,
            ThreadKey = ThreadKeyOf(received.ExternalId, received.ThreadId, received.ParentId),
            IsPublic = received.IsPublic,
            CaseId = caseId,
            Labels = [.. triage.Labels],
            Priority = triage.Priority,
            Classifier = triage.Classifier,
            Evidence = [.. triage.Hits],
            AdverseEvent = triage.AdverseEvent,
            Signals = triage.Signals,
            ListeningQueryVersion = received.ListeningQueryVersion,
        };
    }
}
