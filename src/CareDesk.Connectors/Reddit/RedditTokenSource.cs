using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CareDesk.Application.Connectors;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CareDesk.Connectors.Reddit;

/// <summary>The current access token, shared by the process, so every poll does not cost a token request.</summary>
internal sealed class RedditTokenCache
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public string? Token { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// Exchanges the refresh token for an access token (POST /api/v1/access_token, HTTP basic auth with the app's client
/// id and secret). Tokens live an hour or a day; one is refreshed a minute before it expires or when Reddit says 401.
/// </summary>
internal sealed class RedditTokenSource(HttpClient http, RedditTokenCache cache, IOptions<RedditOptions> options, TimeProvider timeProvider)
{
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(1);

    public async Task<string> GetAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        await cache.Gate.WaitAsync(cancellationToken);
        try
        {
            if (!forceRefresh && cache.Token is not null && timeProvider.GetUtcNow() < cache.ExpiresAt - ExpiryMargin)
            {
                return cache.Token;
            }

            var token = await RequestAsync(cancellationToken);
            cache.Token = token.AccessToken;
            cache.ExpiresAt = timeProvider.GetUtcNow().AddSeconds(token.ExpiresIn);
            return token.AccessToken!;
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    private async Task<RedditToken> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.ClientId) || string.IsNullOrEmpty(settings.RefreshToken))
        {
            throw new ChannelAuthorizationException("Reddit needs Connectors:Reddit:ClientId, ClientSecret and RefreshToken.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/access_token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("refresh_token", settings.RefreshToken)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}")));
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            throw new ChannelUnavailableException($"Reddit's token endpoint could not be reached: {exception.Message}", null, exception);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw RedditErrors.FromStatus(response, body, timeProvider.GetUtcNow(), settings.DefaultRateLimitBackoff);
            }

            RedditToken? token;
            try
            {
                token = JsonSerializer.Deserialize<RedditToken>(body, RedditJson.Options);
            }
            catch (JsonException exception)
            {
                throw new ChannelUnavailableException($"Reddit's token endpoint answered JSON CareDesk cannot read: {exception.Message}", null, exception);
            }

            // 200 {"error":"invalid_grant"} happens for a revoked refresh token.
            return string.IsNullOrEmpty(token?.AccessToken)
                ? throw new ChannelAuthorizationException("Reddit did not issue an access token; the refresh token may be revoked.")
                : token;
        }
    }
}
