using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Rules;

namespace CareDesk.Domain.Listening.Anomalies;

/// <summary>Who hears about which listening alerts: by minimum severity, optionally one kind and one brand, by one delivery.</summary>
public sealed class AlertRoutingRule
{
    public const int MaxTargetLength = 300;
    public const int MaxSecretLength = 200;

    private AlertRoutingRule()
    {
        Name = string.Empty;
        Target = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public int MinSeverity { get; private set; }

    public ListeningAlertKind? Kind { get; private set; }

    public Guid? BrandId { get; private set; }

    public AlertDelivery Delivery { get; private set; }

    /// <summary>An e-mail address, an https (or loopback http) URL, or a CareDesk user name, by delivery.</summary>
    public string Target { get; private set; }

    /// <summary>The webhook's shared HMAC secret; null for other deliveries.</summary>
    public string? Secret { get; private set; }

    public bool Enabled { get; private set; }

    public bool Applies(ListeningAlert alert) =>
        Enabled && alert.Severity >= MinSeverity && (Kind is null || Kind == alert.Kind) && (BrandId is null || BrandId == alert.BrandId);

    public static AlertRoutingRule Create(string name, int minSeverity, ListeningAlertKind? kind, Guid? brandId, AlertDelivery delivery, string target, string? secret)
    {
        BusinessRules.Check(new AlertSeverityMustBeOnTheScaleRule(minSeverity));
        BusinessRules.Check(new AlertTargetMustSuitDeliveryRule(delivery, target, secret));
        return new AlertRoutingRule
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            MinSeverity = minSeverity,
            Kind = kind,
            BrandId = brandId,
            Delivery = delivery,
            Target = target.Trim(),
            Secret = delivery == AlertDelivery.Webhook ? secret : null,
            Enabled = true,
        };
    }

    public void Disable() => Enabled = false;
}
