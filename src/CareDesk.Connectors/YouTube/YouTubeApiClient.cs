using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareDesk.Application.Connectors;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CareDesk.Connectors.YouTube;

/// <summary>
/// Typed HttpClient for YouTube Data API v3: adds the key or OAuth token, charges the quota, and turns Google's error
/// envelope into the connector exceptions. Credentials never appear in exception messages.
/// </summary>
internal sealed class YouTubeApiClient(HttpClient http, IOptions<YouTubeOptions> options, YouTubeQuota quota, TimeProvider timeProvider)
{
    // Documented unit costs (developers.google.com/youtube/v3/determine_quota_cost).
    private const int ListCost = 1;
    private const int InsertCost = 50;
    private const int ModerationCost = 50;
    private const int SearchCost = 100;

    private readonly YouTubeOptions _options = options.Value;

    public Task<YouTubeListResponse<YouTubeCommentThread>> ListThreadsAsync(string accountId, string? pageToken, CancellationToken cancellationToken)
    {
        // A channel id (UC + 22 characters) lists every thread on the channel's videos; anything else is one video.
        var filter = accountId.StartsWith("UC", StringComparison.Ordinal) && accountId.Length == 24 ? "allThreadsRelatedToChannelId" : "videoId";
        var query = $"youtube/v3/commentThreads?part=snippet&order=time&textFormat=plainText&maxResults={_options.PageSize}&{filter}={Uri.EscapeDataString(accountId)}{PageParameter(pageToken)}";
        return SendAsync<YouTubeListResponse<YouTubeCommentThread>>(HttpMethod.Get, query, null, ListCost, cancellationToken);
    }

    public Task<YouTubeListResponse<YouTubeComment>> ListRepliesAsync(string parentId, string? pageToken, CancellationToken cancellationToken) =>
        SendAsync<YouTubeListResponse<YouTubeComment>>(HttpMethod.Get, $"youtube/v3/comments?part=snippet&textFormat=plainText&maxResults={_options.PageSize}&parentId={Uri.EscapeDataString(parentId)}{PageParameter(pageToken)}", null, ListCost, cancellationToken);

    /// <summary>comments.list?id= takes up to 50 ids for one unit; a missing id means the comment is gone.</summary>
    public Task<YouTubeListResponse<YouTubeComment>> ListCommentsAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        SendAsync<YouTubeListResponse<YouTubeComment>>(HttpMethod.Get, $"youtube/v3/comments?part=snippet&textFormat=plainText&id={Uri.EscapeDataString(string.Join(',', ids))}", null, ListCost, cancellationToken);

    public Task<YouTubeListResponse<YouTubeSearchResult>> SearchAsync(string query, DateTimeOffset? publishedAfter, CancellationToken cancellationToken)
    {
        var after = publishedAfter is { } since ? "&publishedAfter=" + Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)) : string.Empty;
        return SendAsync<YouTubeListResponse<YouTubeSearchResult>>(HttpMethod.Get, $"youtube/v3/search?part=snippet&type=video&order=date&maxResults=50&q={Uri.EscapeDataString(query)}{after}", null, SearchCost, cancellationToken);
    }

    public Task<YouTubeComment> InsertReplyAsync(string parentId, string text, CancellationToken cancellationToken) =>
        SendAsync<YouTubeComment>(HttpMethod.Post, "youtube/v3/comments?part=snippet", new { snippet = new { parentId, textOriginal = text } }, InsertCost, cancellationToken);

    public Task<YouTubeCommentThread> InsertThreadAsync(string videoId, string text, CancellationToken cancellationToken) =>
        SendAsync<YouTubeCommentThread>(HttpMethod.Post, "youtube/v3/commentThreads?part=snippet", new { snippet = new { videoId, topLevelComment = new { snippet = new { textOriginal = text } } } }, InsertCost, cancellationToken);

    /// <summary>heldForReview hides a comment pending review, rejected removes it, published restores it.</summary>
    public Task SetModerationStatusAsync(string commentId, string status, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(HttpMethod.Post, $"youtube/v3/comments/setModerationStatus?id={Uri.EscapeDataString(commentId)}&moderationStatus={status}", null, ModerationCost, cancellationToken);

    public RateLimitSnapshot QuotaSnapshot() => quota.Snapshot();

    private static string PageParameter(string? pageToken) => pageToken is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(pageToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string relativeUri, object? body, int cost, CancellationToken cancellationToken)
    {
        quota.ThrowIfExhausted();
        var writes = method != HttpMethod.Get;
        using var request = new HttpRequestMessage(method, relativeUri);
        if (!writes && !string.IsNullOrEmpty(_options.ApiKey))
        {
            // In a header, not ?key=, so the key never appears in a logged or traced URL.
            request.Headers.Add("X-goog-api-key", _options.ApiKey);
        }
        else
        {
            if (string.IsNullOrEmpty(_options.AccessToken))
            {
                throw new ChannelAuthorizationException(writes
                    ? "YouTube actions need Connectors:YouTube:AccessToken (OAuth, scope youtube.force-ssl)."
                    : "YouTube needs Connectors:YouTube:ApiKey or AccessToken.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.AccessToken);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        quota.Charge(cost);
        using var response = await SendWithResilienceAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw ToException(response.StatusCode, text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return default!;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, JsonSerializerOptions.Web) ?? throw new JsonException("empty document");
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException($"YouTube answered {method} {request.RequestUri?.AbsolutePath} with JSON CareDesk cannot read: {exception.Message}", null, exception);
        }
    }

    private async Task<HttpResponseMessage> SendWithResilienceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            throw new ChannelUnavailableException($"YouTube could not be reached: {exception.Message}", null, exception);
        }
    }

    private Exception ToException(HttpStatusCode status, string body)
    {
        var error = TryReadError(body);
        var reason = error?.Errors?.FirstOrDefault()?.Reason;
        var detail = $"YouTube answered {(int)status} {reason ?? error?.Status ?? status.ToString()}: {error?.Message ?? "no error body"}";
        return (status, reason) switch
        {
            (HttpStatusCode.Forbidden, "quotaExceeded" or "dailyLimitExceeded") => new ChannelQuotaExceededException(detail, quota.MarkExhausted()),
            // Short-term throttles (per-user or per-second) carry no reset time; a minute is Google's usual backoff.
            (HttpStatusCode.Forbidden, "rateLimitExceeded" or "userRateLimitExceeded") or (HttpStatusCode.TooManyRequests, _) =>
                new ChannelRateLimitedException(detail, timeProvider.GetUtcNow().AddMinutes(1)),
            (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, _) => new ChannelAuthorizationException(detail),
            (HttpStatusCode.BadRequest, "keyInvalid" or "keyExpired" or "authError") => new ChannelAuthorizationException(detail),
            _ => new ChannelUnavailableException(detail),
        };
    }

    private static YouTubeError? TryReadError(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<YouTubeErrorEnvelope>(body, JsonSerializerOptions.Web)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
