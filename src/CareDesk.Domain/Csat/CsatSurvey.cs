using CareDesk.Domain.Common;
using CareDesk.Domain.Csat.Rules;

namespace CareDesk.Domain.Csat;

/// <summary>
/// The satisfaction survey sent after a case is resolved: 1-5 and an optional comment, answered once through an
/// unguessable link that expires. Only the token's hash is stored, so the table cannot be used to answer for someone.
/// </summary>
public sealed class CsatSurvey
{
    public const int TokenHashLength = 64;
    public const int MaxCommentLength = 1000;
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    private CsatSurvey()
    {
        ChannelKey = TokenHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string ChannelKey { get; private set; }

    public string TokenHash { get; private set; }

    public CsatDelivery Delivery { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int? Score { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool WasSent => Delivery == CsatDelivery.SentPrivately;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public static CsatSurvey Create(Guid caseId, string channelKey, string tokenHash, CsatDelivery delivery, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = caseId,
        ChannelKey = channelKey,
        TokenHash = tokenHash,
        Delivery = delivery,
        CreatedAt = at,
        ExpiresAt = at + ValidFor,
    };

    /// <summary>A data-subject erasure (R42) removes the person's own words; the score stays in the aggregate metrics.</summary>
    public bool EraseComment()
    {
        if (Comment is null)
        {
            return false;
        }

        Comment = null;
        return true;
    }

    public void Answer(int score, string? comment, DateTimeOffset at)
    {
        BusinessRules.Check(new CsatSurveyIsAnsweredOnceRule(this));
        BusinessRules.Check(new CsatSurveyMustNotBeExpiredRule(this, at));
        BusinessRules.Check(new CsatScoreMustBeOneToFiveRule(score, comment));
        Score = score;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        AnsweredAt = at;
    }
}
