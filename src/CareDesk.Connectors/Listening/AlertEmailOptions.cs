using MailKit.Security;

namespace CareDesk.Connectors.Listening;

/// <summary>
/// The SMTP relay for listening alert e-mail, bound from "Listening:AlertEmail" in the style of "Connectors:Email". The
/// password comes from user secrets or the environment (Listening__AlertEmail__Password), never from the repository.
/// </summary>
public sealed class AlertEmailOptions
{
    public const string SectionName = "Listening:AlertEmail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Auto picks implicit TLS on 465 and STARTTLS when offered elsewhere; None only for local test servers.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender of alert mail, e.g. alerts@caredesk.example.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "CareDesk listening alerts";

    /// <summary>Where the alert's link points, so the mail can be opened from outside CareDesk.</summary>
    public Uri? BaseUrl { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
