using System.ComponentModel.DataAnnotations;

namespace CareDesk.Connectors.Reddit;

/// <summary>Configuration section "Connectors:Reddit". Secrets come from user secrets or the environment, never the repo.</summary>
public sealed record RedditOptions
{
    public const string SectionName = "Connectors:Reddit";

    /// <summary>OAuth API host; every authenticated call goes here.</summary>
    [Required]
    public Uri BaseAddress { get; init; } = new("https://oauth.reddit.com/");

    /// <summary>Host of /api/v1/access_token.</summary>
    [Required]
    public Uri AuthBaseAddress { get; init; } = new("https://www.reddit.com/");

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>Permanent refresh token of the brand account (scopes: identity read privatemessages submit edit modposts).</summary>
    public string? RefreshToken { get; init; }

    /// <summary>Reddit blocks generic agents: "&lt;platform&gt;:&lt;app id&gt;:&lt;version&gt; (by /u/&lt;account&gt;)".</summary>
    [Required]
    public string UserAgent { get; init; } = "server:caredesk:1.0 (by /u/caredesk)";

    /// <summary>Where the listening query is searched; "all" is every public subreddit.</summary>
    public string ListeningSubreddit { get; init; } = "all";

    [Range(1, 100)]
    public int PageSize { get; init; } = 100;

    public string PrivateMessageSubject { get; init; } = "Your message";

    /// <summary>How long to wait after a 429 that names no reset time.</summary>
    public TimeSpan DefaultRateLimitBackoff { get; init; } = TimeSpan.FromMinutes(1);

    [Range(0, 10)]
    public int MaxRetryAttempts { get; init; } = 2;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    public override string ToString() =>
        $"RedditOptions {{ BaseAddress = {BaseAddress}, ClientId = {ClientId}, ClientSecret = {Redact(ClientSecret)}, RefreshToken = {Redact(RefreshToken)}, UserAgent = {UserAgent} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
