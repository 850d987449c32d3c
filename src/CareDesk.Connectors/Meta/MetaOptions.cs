using System.ComponentModel.DataAnnotations;

namespace CareDesk.Connectors.Meta;

/// <summary>
/// Configuration section "Connectors:Meta": one Meta app serves Facebook Pages, Messenger and Instagram. Secrets come
/// from user secrets or environment variables (Connectors__Meta__AppSecret, Connectors__Meta__AccessTokens__{PageId}),
/// never from the repository, and <see cref="ToString"/> never prints them.
/// </summary>
public sealed class MetaOptions
{
    public const string SectionName = "Connectors:Meta";

    [Required]
    public Uri BaseAddress { get; set; } = new("https://graph.facebook.com/");

    /// <summary>Graph API version prefix of every path, e.g. v21.0.</summary>
    [Required]
    [RegularExpression(@"^v\d+\.\d+$")]
    public string GraphVersion { get; set; } = "v21.0";

    /// <summary>The Meta app secret: signs webhook bodies (X-Hub-Signature-256) and Graph calls (appsecret_proof).</summary>
    public string? AppSecret { get; set; }

    /// <summary>The token typed into the app's webhook settings; Meta echoes it in the GET handshake.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>Page access tokens keyed by Page id or Instagram user id (an IG account uses its linked Page's token).</summary>
    public Dictionary<string, string> AccessTokens { get; set; } = [];

    /// <summary>Used for an account with no entry in <see cref="AccessTokens"/>.</summary>
    public string? DefaultAccessToken { get; set; }

    /// <summary>How far back the first poll of a channel reads.</summary>
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a post or media stays watched for new comments after it was published.</summary>
    public TimeSpan CommentLookback { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The wait after a Graph throttle error when no usage header says how long.</summary>
    public TimeSpan ThrottleBackoff { get; set; } = TimeSpan.FromMinutes(15);

    [Range(1, 100)]
    public int PageSize { get; set; } = 50;

    /// <summary>Pages followed per source and poll; more means something is wrong, so the poll fails instead of skipping.</summary>
    [Range(1, 1000)]
    public int MaxPages { get; set; } = 50;

    [Range(0, 10)]
    public int RetryCount { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public string? AccessTokenFor(string? accountId) =>
        accountId is not null && AccessTokens.TryGetValue(accountId, out var token) && !string.IsNullOrEmpty(token) ? token
        : string.IsNullOrEmpty(DefaultAccessToken) ? null : DefaultAccessToken;

    public override string ToString() =>
        $"MetaOptions {{ BaseAddress = {BaseAddress}, GraphVersion = {GraphVersion}, AppSecret = {Redact(AppSecret)}, " +
        $"VerifyToken = {Redact(VerifyToken)}, AccessTokens = [{string.Join(", ", AccessTokens.Keys.Select(key => key + " = ***"))}], " +
        $"DefaultAccessToken = {Redact(DefaultAccessToken)} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
