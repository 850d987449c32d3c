using System.ComponentModel.DataAnnotations;
using CareDesk.Domain.Pharmacovigilance.Delivery;

namespace CareDesk.Application.Pharmacovigilance.Delivery;

/// <summary>
/// Automatic ICSR delivery of this organisation (section "Pharmacovigilance:Delivery"): which transport, how often to
/// retry, and how long PV has to acknowledge before the hand-off is escalated. Transport settings live with each
/// transport ("Pharmacovigilance:Delivery:Email" / ":Webhook" / ":DropFolder").
/// </summary>
public sealed class PvDeliveryOptions
{
    public const string SectionName = "Pharmacovigilance:Delivery";

    /// <summary>None: ICSRs are downloaded and acknowledgements imported by hand, as before.</summary>
    public IcsrTransportKind Transport { get; set; } = IcsrTransportKind.None;

    /// <summary>How often the background worker sends due ICSRs and looks for overdue acknowledgements.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Business time (on the case's calendar) PV has to acknowledge a delivered ICSR; default one 8-hour business day.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromHours(8);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    public DeliveryRetryPolicy RetryPolicy => new(MaxAttempts, RetryBaseDelay, RetryMaxDelay);
}
