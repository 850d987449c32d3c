using System.ComponentModel.DataAnnotations;

namespace CareDesk.Connectors.X;

/// <summary>
/// Configuration section "Connectors:X". Tokens and secrets come from user secrets or environment variables
/// (Connectors__X__BearerToken ...), never from the repository, and <see cref="ToString"/> never prints them.
/// </summary>
public sealed class XOptions
{
    public const string SectionName = "Connectors:X";

    [Required]
    public Uri BaseAddress { get; set; } = new("https://api.x.com/");

    /// <summary>App-only OAuth 2.0 bearer token: mentions, recent search, lookups, filtered-stream rules.</summary>
    public string? BearerToken { get; set; }

    /// <summary>OAuth 2.0 user-context access token of the brand account: replies, hide/unhide, delete, DMs.</summary>
    public string? UserAccessToken { get; set; }

    /// <summary>The app's consumer (API key) secret: Account Activity CRC answers and webhook signatures.</summary>
    public string? ConsumerSecret { get; set; }

    /// <summary>max_results per page (X allows 10-100 for search, 5-100 for mentions).</summary>
    [Range(10, 100)]
    public int PageSize { get; set; } = 100;

    /// <summary>Pages read per source and poll; the rest is read on the next poll (the checkpoint remembers where).</summary>
    [Range(1, 100)]
    public int MaxPagesPerPoll { get; set; } = 5;

    /// <summary>Read DMs when a user token is configured; turn off when the app has no DM permission.</summary>
    public bool PollDirectMessages { get; set; } = true;

    /// <summary>How long to wait after a 429 that carries no x-rate-limit-reset (X windows are 15 minutes).</summary>
    public TimeSpan DefaultRateLimitWait { get; set; } = TimeSpan.FromMinutes(15);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public override string ToString() =>
        $"XOptions {{ BaseAddress = {BaseAddress}, BearerToken = {Redacted(BearerToken)}, UserAccessToken = {Redacted(UserAccessToken)}, " +
        $"ConsumerSecret = {Redacted(ConsumerSecret)}, PageSize = {PageSize}, MaxPagesPerPoll = {MaxPagesPerPoll} }}";

    private static string Redacted(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
