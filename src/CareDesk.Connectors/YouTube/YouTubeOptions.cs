using System.ComponentModel.DataAnnotations;

namespace CareDesk.Connectors.YouTube;

/// <summary>Configuration section "Connectors:YouTube". Secrets come from user secrets or the environment, never the repo.</summary>
public sealed record YouTubeOptions
{
    public const string SectionName = "Connectors:YouTube";

    [Required]
    public Uri BaseAddress { get; init; } = new("https://www.googleapis.com/");

    /// <summary>API key of the Google Cloud project: enough for reading public comment threads and search.</summary>
    public string? ApiKey { get; init; }

    /// <summary>OAuth 2.0 access token of the channel owner (scope youtube.force-ssl): replies and moderation.</summary>
    public string? AccessToken { get; init; }

    /// <summary>The project's daily quota (units); resets at midnight Pacific time.</summary>
    [Range(1, int.MaxValue)]
    public int DailyQuotaUnits { get; init; } = 10_000;

    /// <summary>maxResults for commentThreads/comments.list (YouTube allows 1-100).</summary>
    [Range(1, 100)]
    public int PageSize { get; init; } = 100;

    /// <summary>How long a comment is re-read for edits and deletions after it was published.</summary>
    public TimeSpan EditWatchWindow { get; init; } = TimeSpan.FromDays(2);

    [Range(0, 10)]
    public int MaxRetryAttempts { get; init; } = 3;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    public override string ToString() =>
        $"YouTubeOptions {{ BaseAddress = {BaseAddress}, ApiKey = {Redact(ApiKey)}, AccessToken = {Redact(AccessToken)}, DailyQuotaUnits = {DailyQuotaUnits} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
