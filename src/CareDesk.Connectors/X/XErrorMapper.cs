using System.Net;
using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Api;

namespace CareDesk.Connectors.X;

/// <summary>
/// Turns a failed X response into the port's exceptions: 429 → rate limited until x-rate-limit-reset, 401/403 →
/// authorization (a person must fix the app or token), other 4xx → invalid request with X's explanation, 5xx (after
/// the resilience pipeline's retries) → unavailable.
/// </summary>
internal sealed class XErrorMapper(XRateLimitGate gate)
{
    public async Task ThrowIfFailedAsync(XRequest request, HttpResponseMessage response, RateLimitSnapshot? rateLimit, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var explanation = Explain(body);
        var status = (int)response.StatusCode;
        throw response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RateLimited(request, rateLimit, explanation),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new ChannelAuthorizationException(
                $"X refused {request.Describe()} with {status}: {explanation}. Check the app's access level and the {request.Credential} token."),
            _ when status >= 500 => new ChannelUnavailableException($"X failed {request.Describe()} with {status}: {explanation}."),
            _ => new XInvalidRequestException($"X rejected {request.Describe()} with {status}: {explanation}.", status),
        };
    }

    private ChannelRateLimitedException RateLimited(XRequest request, RateLimitSnapshot? rateLimit, string explanation)
    {
        var retryAt = gate.CloseAfterTooManyRequests(request.Endpoint, rateLimit);
        return new ChannelRateLimitedException($"X rate limit hit on {request.Describe()} ({explanation}); waiting until {retryAt:O}.", retryAt);
    }

    /// <summary>X's problem title/detail/reason (JSON) or the plain text it sent (the 2020 429 is text/plain).</summary>
    private static string Explain(string body)
    {
        var trimmed = body.Trim();
        if (!trimmed.StartsWith('{'))
        {
            return trimmed.Length == 0 ? "no body" : trimmed;
        }

        try
        {
            var problem = JsonSerializer.Deserialize(trimmed, XJsonContext.Default.XProblem);
            var parts = new[] { problem?.Title, problem?.Detail, problem?.Reason ?? problem?.ConnectionIssue }
                .Concat(problem?.Errors?.Select(DescribeParameterError) ?? [])
                .Where(part => !string.IsNullOrWhiteSpace(part))
                .Distinct(StringComparer.Ordinal);
            return string.Join(" / ", parts);
        }
        catch (JsonException)
        {
            return trimmed;
        }
    }

    private static string DescribeParameterError(XError error)
    {
        var parameters = error.Parameters is { ValueKind: JsonValueKind.Object } names
            ? string.Join(", ", names.EnumerateObject().Select(parameter => parameter.Name))
            : error.Parameter;
        var what = error.Describe();
        if (what.Length > 200)
        {
            what = what[..200] + "…";
        }

        return parameters is null ? what : $"{parameters}: {what}";
    }
}
