using CareDesk.Application.Connectors;
using CareDesk.Application.Ingestion;
using CareDesk.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareDesk.Web.Webhooks;

/// <summary>
/// Callback URLs the networks push to: /webhooks/{network}. Anonymous (the network cannot sign in); trust comes from
/// the handshake (GET) and the HMAC signature on the raw body (POST), checked before anything is parsed.
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>Meta and X deliveries are far smaller; anything larger is not a webhook we expect.</summary>
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks").AllowAnonymous().WithTags("Webhooks").DisableAntiforgery();
        group.MapGet("/{network}", AnswerChallenge);
        group.MapPost("/{network}", Receive);
        return app;
    }

    [EndpointSummary("The network's subscription handshake: Meta hub.challenge, X CRC (crc_token).")]
    public static Results<ContentHttpResult, NotFound, StatusCodeHttpResult> AnswerChallenge(string network, HttpRequest request, IEnumerable<IWebhookConnector> webhooks)
    {
        var connector = webhooks.ForNetwork(network);
        if (connector is null)
        {
            return TypedResults.NotFound();
        }

        var query = request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        var answer = connector.AnswerChallenge(query);
        return answer is null ? TypedResults.StatusCode(StatusCodes.Status403Forbidden) : TypedResults.Content(answer.Body, answer.ContentType);
    }

    [EndpointSummary("A signed delivery: 401 when the signature does not match the raw body; embedded mode stores and ingests it (200); bus mode answers 202 once RabbitMQ confirmed it, 503 with Retry-After when it did not.")]
    public static async Task<IResult> Receive(string network, HttpRequest request, IEnumerable<IWebhookConnector> webhooks, IOptions<IngestionOptions> ingestion,
        IServiceProvider services, CancellationToken cancellationToken)
    {
        var connector = webhooks.ForNetwork(network);
        if (connector is null)
        {
            return TypedResults.NotFound();
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"Webhook bodies are limited to {MaxBodyBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var signature = request.Headers[connector.SignatureHeader].ToString();
        ReceiveWebhookResult result;
        try
        {
            result = ingestion.Value.Mode == IngestionMode.Bus
                ? await services.GetRequiredService<PublishWebhookHandler>().HandleAsync(network, buffer.ToArray(), signature, cancellationToken)
                : await services.GetRequiredService<ReceiveWebhookHandler>().HandleAsync(network, buffer.ToArray(), signature, cancellationToken);
        }
        catch (IngestBusUnavailableException unavailable)
        {
            // Never 202 for something the broker did not confirm: the network keeps the delivery and retries.
            request.HttpContext.Response.Headers.RetryAfter = ((int)IngestBusUnavailableException.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The ingestion bus did not accept the delivery; retry later.", detail: unavailable.Message);
        }

        return result.Outcome switch
        {
            WebhookOutcome.BadSignature => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: $"The {connector.SignatureHeader} signature does not match the body."),
            WebhookOutcome.UnknownNetwork => TypedResults.NotFound(),
            WebhookOutcome.Queued => TypedResults.Accepted((string?)null, new { status = "queued", items = result.Items }),
            _ => TypedResults.Ok(new { id = result.WebhookId, status = result.Status?.ToString(), items = result.Items }),
        };
    }
}
