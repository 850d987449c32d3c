namespace CareDesk.Application.Connectors;

public static class WebhookConnectorLookup
{
    /// <summary>The webhook connector serving /webhooks/{network}, or null for a network nobody installed.</summary>
    public static IWebhookConnector? ForNetwork(this IEnumerable<IWebhookConnector> webhooks, string network) =>
        webhooks.FirstOrDefault(found => string.Equals(found.Network, network, StringComparison.OrdinalIgnoreCase));
}
