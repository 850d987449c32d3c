using System.Runtime.CompilerServices;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Api;

namespace CareDesk.Connectors.X;

/// <summary>One line of the filtered stream: the tweet, its expansions and the rules (listening queries) it matched.</summary>
internal sealed record XStreamLine(XTweet? Data = null, XIncludes? Includes = null, IReadOnlyList<XStreamRule>? MatchingRules = null, IReadOnlyList<XError>? Errors = null);

/// <summary>
/// Reads GET /2/tweets/search/stream: newline-delimited JSON, blank keep-alive lines every ~20 s. Every tweet is a
/// listening hit. Reconnecting (with backoff) is the caller's job; a 429 TooManyConnections throws
/// ChannelRateLimitedException like any other 429. No recorded stream body exists, so this follows X's documented shape.
/// </summary>
internal sealed class XFilteredStream(XApiClient client)
{
    private const string Endpoint = "GET /2/tweets/search/stream";

    public async IAsyncEnumerable<ChannelEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new XRequest(HttpMethod.Get, Endpoint, $"2/tweets/search/stream?{XTweetFields.Query}", XCredential.App);
        var (response, _) = await client.OpenAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        using var open = response;
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(body);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = XApiClient.Parse(request, line, XJsonContext.Default.XStreamLine);
            if (item.Data is { } tweet)
            {
                yield return XTweetMapper.FromTweet(tweet, item.Includes, fromListening: true);
            }
            else if (item.Errors is { Count: > 0 } problems)
            {
                // X sends operational disconnect notices as error lines; the caller reconnects.
                throw new ChannelUnavailableException($"X closed the filtered stream: {problems[0].Describe()}");
            }
        }
    }
}
