using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace CareDesk.Connectors.Pharmacovigilance;

/// <summary>The PV intake mailbox: ICSRs go out over SMTP as an XML attachment ("Pharmacovigilance:Delivery:Email").</summary>
public sealed class IcsrEmailOptions
{
    public const string SectionName = "Pharmacovigilance:Delivery:Email";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public SecureSocketOptions SmtpSecurity { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [EmailAddress]
    public string? FromAddress { get; set; }

    /// <summary>The safety database's intake mailbox.</summary>
    [EmailAddress]
    public string? ToAddress { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public override string ToString() => $"SMTP {SmtpHost}:{SmtpPort} to {ToAddress}";
}

/// <summary>The safety database's HTTPS endpoint; each POST is signed with HMAC-SHA256 over the body ("Pharmacovigilance:Delivery:Webhook").</summary>
public sealed class IcsrWebhookOptions
{
    public const string SectionName = "Pharmacovigilance:Delivery:Webhook";

    public Uri? Url { get; set; }

    /// <summary>Shared secret (user secrets / environment in production, never appsettings).</summary>
    public string? Secret { get; set; }

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>A folder an SFTP/AS2 gateway picks files up from ("Pharmacovigilance:Delivery:DropFolder").</summary>
public sealed class IcsrDropFolderOptions
{
    public const string SectionName = "Pharmacovigilance:Delivery:DropFolder";

    public string? Path { get; set; }
}
