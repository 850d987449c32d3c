using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Anomalies;

namespace CareDesk.Domain.Listening.Rules;

/// <summary>
/// An e-mail route needs an address, a webhook an https URL (plain http only to loopback, for a local relay) and a
/// secret of at least 16 characters to sign with, an in-app route a user name.
/// </summary>
public sealed class AlertTargetMustSuitDeliveryRule(AlertDelivery delivery, string? target, string? secret) : IBusinessRule
{
    public bool IsBroken() => Problem() is not null;

    public string? Field => delivery == AlertDelivery.Webhook && TargetFits() ? "secret" : "target";

    public string Message => Problem() ?? string.Empty;

    private bool TargetFits() => delivery switch
    {
        AlertDelivery.Email => target is { Length: <= AlertRoutingRule.MaxTargetLength } && target.Contains('@', StringComparison.Ordinal) && !target.Contains(' ', StringComparison.Ordinal),
        AlertDelivery.Webhook => Uri.TryCreate(target, UriKind.Absolute, out var uri) && target.Length <= AlertRoutingRule.MaxTargetLength
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)),
        AlertDelivery.InApp => !string.IsNullOrWhiteSpace(target) && target.Length <= 80,
        _ => false,
    };

    private string? Problem()
    {
        if (!TargetFits())
        {
            return delivery switch
            {
                AlertDelivery.Email => "An e-mail route needs an e-mail address.",
                AlertDelivery.Webhook => "A webhook route needs an https URL (http only to 127.0.0.1/localhost).",
                _ => "An in-app route needs a CareDesk user name.",
            };
        }

        return delivery == AlertDelivery.Webhook && (secret is null || secret.Length < 16 || secret.Length > AlertRoutingRule.MaxSecretLength)
            ? "A webhook route needs a secret of 16 to 200 characters to sign its requests with."
            : null;
    }
}
