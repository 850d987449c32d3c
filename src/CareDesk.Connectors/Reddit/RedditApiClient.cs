using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareDesk.Application.Connectors;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CareDesk.Connectors.Reddit;

/// <summary>
/// Typed HttpClient for oauth.reddit.com: bearer token (refreshed once on 401), descriptive User-Agent, raw_json=1 so
/// text is not HTML-escaped, json.errors and HTTP errors as connector exceptions, and the last x-ratelimit-* state.
/// </summary>
internal sealed class RedditApiClient(HttpClient http, RedditTokenSource tokens, IOptions<RedditOptions> options, TimeProvider timeProvider)
{
    private readonly RedditOptions _options = options.Value;

    public RateLimitSnapshot? LastRateLimit { get; private set; }

    public async Task<T> GetAsync<T>(string relativeUri, CancellationToken cancellationToken)
    {
        var separator = relativeUri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var document = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"{relativeUri}{separator}raw_json=1"), cancellationToken);
        try
        {
            return document.RootElement.Deserialize<T>(RedditJson.Options) ?? throw new JsonException("empty document");
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException($"Reddit answered GET {relativeUri} with JSON CareDesk cannot read: {exception.Message}", null, exception);
        }
    }

    /// <summary>POST with api_type=json; throws when the 200 answer carries json.errors.</summary>
    public async Task<JsonElement> PostAsync(string relativeUri, IEnumerable<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        var fields = form.Append(new("api_type", "json")).ToList();
        using var document = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, relativeUri) { Content = new FormUrlEncodedContent(fields) }, cancellationToken);
        if (RedditErrors.FromJsonErrors(document.RootElement, timeProvider.GetUtcNow(), _options.DefaultRateLimitBackoff) is { } refused)
        {
            throw refused;
        }

        return document.RootElement.Clone();
    }

    private async Task<JsonDocument> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        var refreshed = false;
        while (true)
        {
            using var request = createRequest();
            request.Headers.Authorization = new AuthenticationHeaderValue("bearer", await tokens.GetAsync(refreshed, cancellationToken));
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            using var response = await SendWithResilienceAsync(request, cancellationToken);
            LastRateLimit = RedditErrors.Snapshot(response, timeProvider.GetUtcNow()) ?? LastRateLimit;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && !refreshed)
            {
                // The token expired early or was revoked: one fresh token, then give up.
                refreshed = true;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw RedditErrors.FromStatus(response, body, timeProvider.GetUtcNow(), _options.DefaultRateLimitBackoff);
            }

            try
            {
                return JsonDocument.Parse(body);
            }
            catch (JsonException exception)
            {
                throw new ChannelUnavailableException($"Reddit answered {request.Method} {request.RequestUri?.AbsolutePath} with something that is not JSON: {exception.Message}", null, exception);
            }
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
            throw new ChannelUnavailableException($"Reddit could not be reached: {exception.Message}", null, exception);
        }
    }
}
