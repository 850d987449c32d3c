using CareDesk.Domain.Listening;

namespace CareDesk.Application.Listening;

public sealed record VolumePoint(DateTimeOffset Start, int Posts, int Negative);

public sealed record SentimentSplit(int Positive, int Neutral, int Negative, int Unknown);

public sealed record VoiceShare(string Name, bool IsBrand, int Mentions, double Share);

public sealed record TermCount(string Term, int Posts);

/// <summary>An author as analytics know them: a pseudonym (R43b).</summary>
public sealed record AuthorActivity(string AuthorPseudonym, int Posts);

/// <param name="ExcludedByLimitRequests">Posts left out because their authors asked to limit the use of their sensitive data (R44).</param>
public sealed record ListeningAnalyticsDto(
    ListeningQueryDto Query,
    DateTimeOffset From,
    DateTimeOffset To,
    int BucketHours,
    int Posts,
    int ExcludedByLimitRequests,
    IReadOnlyList<VolumePoint> Volume,
    SentimentSplit Sentiment,
    IReadOnlyList<VoiceShare> ShareOfVoice,
    IReadOnlyList<TermCount> TopTerms,
    IReadOnlyList<EmergingTerm> EmergingTopics,
    IReadOnlyList<AuthorActivity> TopAuthors);
