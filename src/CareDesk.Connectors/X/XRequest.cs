namespace CareDesk.Connectors.X;

/// <param name="Endpoint">The endpoint's rate-limit bucket, e.g. "GET /2/users/:id/mentions" (X limits per endpoint).</param>
/// <param name="RelativeUri">Path and query relative to the base address, without a leading slash.</param>
internal sealed record XRequest(HttpMethod Method, string Endpoint, string RelativeUri, XCredential Credential, HttpContent? Body = null)
{
    public string Describe() => Endpoint;
}

/// <summary>A parsed body with the rate-limit state X reported alongside it.</summary>
internal sealed record XResponse<T>(T Body, Application.Connectors.RateLimitSnapshot? RateLimit);
