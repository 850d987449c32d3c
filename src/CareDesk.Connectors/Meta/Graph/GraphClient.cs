using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareDesk.Application.Connectors;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Meta.Graph;

/// <summary>
/// The Graph API over the typed HttpClient (resilience pipeline attached at registration). The access token travels in
/// the Authorization header, never in a URL, so request logs cannot leak it; appsecret_proof is added when the app
/// secret is configured. Every failure leaves as a <see cref="ChannelUnavailableException"/> (or subclass).
/// </summary>
internal sealed class GraphClient(HttpClient http, IOptions<MetaOptions> options, TimeProvider time)
{
    private MetaOptions Options => options.Value;

    public Task<GraphResult> GetAsync(string accountId, string path, IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, accountId, Versioned(path) + QueryString(query), null, cancellationToken);

    /// <summary>Follows paging.next. Graph puts the token into that URL; it is dropped and the path is re-rooted on <see cref="MetaOptions.BaseAddress"/>.</summary>
    public Task<GraphResult> GetNextAsync(string accountId, string nextUrl, CancellationToken cancellationToken)
    {
        var next = new Uri(nextUrl, UriKind.Absolute);
        var segments = next.AbsolutePath.Trim('/').Split('/');
        var objectPath = segments.Length > 1 && segments[0].StartsWith('v') && segments[0].Contains('.') ? string.Join('/', segments.Skip(1)) : string.Join('/', segments);
        var query = next.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !pair.StartsWith("access_token=", StringComparison.Ordinal) && !pair.StartsWith("appsecret_proof=", StringComparison.Ordinal));
        return SendAsync(HttpMethod.Get, accountId, Versioned(objectPath) + "?" + string.Join('&', query), null, cancellationToken);
    }

    public Task<GraphResult> PostFormAsync(string accountId, string path, IEnumerable<KeyValuePair<string, string>> form, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, accountId, Versioned(path), new FormUrlEncodedContent(form), cancellationToken);

    public Task<GraphResult> PostJsonAsync(string accountId, string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, accountId, Versioned(path), new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"), cancellationToken);

    public Task<GraphResult> DeleteAsync(string accountId, string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, accountId, Versioned(path), null, cancellationToken);

    /// <summary>
    /// Several GETs in one HTTP call (Graph batch, at most 50). Each answer has its own status; the first failed one
    /// fails the whole call, so a caller never advances a checkpoint past something it could not read.
    /// </summary>
    public async Task<IReadOnlyList<GraphResult>> BatchGetAsync(string accountId, IReadOnlyList<string> relativeUrls, CancellationToken cancellationToken)
    {
        var batch = JsonSerializer.Serialize(relativeUrls.Select(url => new Dictionary<string, string> { ["method"] = "GET", ["relative_url"] = Versioned(url) }));
        var answer = await SendAsync(HttpMethod.Post, accountId, string.Empty, new FormUrlEncodedContent([new("batch", batch), new("include_headers", "true")]), cancellationToken);
        if (answer.Body.ValueKind != JsonValueKind.Array || answer.Body.GetArrayLength() != relativeUrls.Count)
        {
            throw new ChannelUnavailableException($"Graph batch answer does not hold one result per request ({relativeUrls.Count} sent)");
        }

        var results = new List<GraphResult>(relativeUrls.Count);
        var index = 0;
        foreach (var item in answer.Body.EnumerateArray())
        {
            var what = $"batch GET {relativeUrls[index++].Split('?')[0]}";
            var headers = item.Items("headers").Select(header => new KeyValuePair<string, string>(header.Text("name") ?? string.Empty, header.Text("value") ?? string.Empty)).ToList();
            var usage = GraphUsage.From(headers);
            var status = item.Text("code") is { } code && int.TryParse(code, out var parsed) ? parsed : 0;
            var body = TryParse(item.Text("body"));
            if (status is < 200 or > 299 || body is null || body.Value.Property("error") is not null)
            {
                throw body is null && status is >= 200 and <= 299
                    ? new ChannelUnavailableException($"Graph returned malformed JSON for {what}")
                    : GraphErrors.Translate(what, status, body, usage, null, time.GetUtcNow(), Options.ThrottleBackoff);
            }

            results.Add(new GraphResult(body.Value, usage ?? answer.Usage));
        }

        return results;
    }

    private async Task<GraphResult> SendAsync(HttpMethod method, string accountId, string relativeUri, HttpContent? content, CancellationToken cancellationToken)
    {
        var what = $"{method} /{relativeUri.Split('?')[0]}";
        var token = Options.AccessTokenFor(accountId)
            ?? throw new ChannelAuthorizationException($"No Meta access token is configured for account {accountId} (Connectors:Meta:AccessTokens:{accountId})");
        if (!string.IsNullOrEmpty(Options.AppSecret))
        {
            // appsecret_proof lets Meta refuse a stolen token used outside this app; it is a hash, not a secret.
            var proof = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Options.AppSecret), Encoding.UTF8.GetBytes(token)));
            relativeUri += (relativeUri.Contains('?') ? "&" : "?") + "appsecret_proof=" + proof;
        }

        using var request = new HttpRequestMessage(method, relativeUri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var headers = response.Headers.SelectMany(header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value)));
            var usage = GraphUsage.From(headers);
            var body = TryParse(text);
            if (!response.IsSuccessStatusCode || body?.Property("error") is not null)
            {
                throw GraphErrors.Translate(what, (int)response.StatusCode, body, usage, response.Headers.RetryAfter?.Delta, time.GetUtcNow(), Options.ThrottleBackoff);
            }

            return body is { } json ? new GraphResult(json, usage) : throw new ChannelUnavailableException($"Graph returned malformed JSON for {what}");
        }
        catch (HttpRequestException exception)
        {
            throw new ChannelUnavailableException($"Graph could not be reached for {what}: {exception.Message}", null, exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChannelUnavailableException($"Graph timed out on {what}", null, exception);
        }
    }

    private string Versioned(string path) => $"{Options.GraphVersion}/{path.TrimStart('/')}";

    private string QueryString(IEnumerable<KeyValuePair<string, string>> query)
    {
        var pairs = query.Select(pair => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(pair.Value)}").ToList();
        return pairs.Count == 0 ? string.Empty : "?" + string.Join('&', pairs);
    }

    private static JsonElement? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
