using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareDesk.Application.Connectors;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CareDesk.Connectors.X;

/// <summary>
/// The one door to the X API v2: picks the token, refuses calls whose rate-limit window is spent, sends through the
/// typed HttpClient (and so the resilience pipeline), records x-rate-limit-* and turns failures into the port's
/// exceptions. Bodies are parsed with the source-generated <see cref="Api.XJsonContext"/>.
/// </summary>
internal sealed class XApiClient(HttpClient http, IOptions<XOptions> options, XRateLimitGate gate, XErrorMapper errors)
{
    public async Task<XResponse<T>> SendAsync<T>(XRequest request, JsonTypeInfo<T> bodyType, CancellationToken cancellationToken)
    {
        var (response, rateLimit) = await OpenAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return new XResponse<T>(Parse(request, text, bodyType), rateLimit);
        }
    }

    /// <summary>
    /// Sends, records the rate-limit headers and throws for any failure; returns the successful response still open
    /// (the filtered stream reads it line by line). The caller disposes it.
    /// </summary>
    public async Task<(HttpResponseMessage Response, RateLimitSnapshot? RateLimit)> OpenAsync(XRequest request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        var response = await SendRawAsync(request, completion, cancellationToken);
        try
        {
            var rateLimit = gate.Record(request.Endpoint, response);
            await errors.ThrowIfFailedAsync(request, response, rateLimit, cancellationToken);
            return (response, rateLimit);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendRawAsync(XRequest request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        gate.ThrowIfSpent(request.Endpoint);
        using var message = new HttpRequestMessage(request.Method, request.RelativeUri) { Content = request.Body };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(request.Credential));
        try
        {
            return await http.SendAsync(message, completion, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ChannelUnavailableException($"X did not answer {request.Describe()}: {exception.Message}", inner: exception);
        }
    }

    internal static T Parse<T>(XRequest request, string text, JsonTypeInfo<T> bodyType)
    {
        try
        {
            return JsonSerializer.Deserialize(text, bodyType)
                ?? throw new ChannelUnavailableException($"X answered {request.Describe()} with an empty body.");
        }
        catch (JsonException exception)
        {
            throw new ChannelUnavailableException(
                $"X answered {request.Describe()} with a body that is not the expected JSON ({exception.Message}); nothing was skipped, the poll will be repeated.",
                inner: exception);
        }
    }

    private string TokenFor(XCredential credential)
    {
        var (token, key) = credential switch
        {
            XCredential.App => (options.Value.BearerToken, "BearerToken"),
            XCredential.User => (options.Value.UserAccessToken, "UserAccessToken"),
        };
        return string.IsNullOrWhiteSpace(token)
            ? throw new ChannelAuthorizationException($"X credential {XOptions.SectionName}:{key} is not configured.")
            : token;
    }
}
