using MailKit.Security;

namespace CareDesk.Connectors.Email;

/// <summary>
/// One mailbox (e.g. the medical-information inbox), bound from "Connectors:Email". The password comes from user
/// secrets or the environment (Connectors__Email__Password), never from the repository, and is never logged.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Connectors:Email";

    public string? ImapHost { get; set; }

    public int ImapPort { get; set; } = 993;

    /// <summary>Auto picks implicit TLS on 993/465 and STARTTLS when offered elsewhere; None only for local test servers.</summary>
    public SecureSocketOptions ImapSecurity { get; set; } = SecureSocketOptions.Auto;

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public SecureSocketOptions SmtpSecurity { get; set; } = SecureSocketOptions.Auto;

    /// <summary>The mailbox login, used for IMAP and (when the server offers AUTH) SMTP.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The folder screened for new mail.</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>The sender of replies; defaults to <see cref="UserName"/>.</summary>
    public string? FromAddress { get; set; }

    public string? FromName { get; set; }

    /// <summary>At most this many mails per poll, oldest first; the checkpoint carries on with the rest next time.</summary>
    public int MaxMessagesPerPoll { get; set; } = 100;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a poll after a connection failure; sending is never retried here (a retry could send twice).</summary>
    public int PollRetries { get; set; } = 2;

    public TimeSpan PollRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public string SenderAddress => FromAddress ?? UserName ?? throw new InvalidOperationException("Connectors:Email:FromAddress or UserName must be set.");

    public override string ToString() =>
        $"EmailOptions {{ Imap = {ImapHost}:{ImapPort}, Smtp = {SmtpHost}:{SmtpPort}, UserName = {UserName}, Password = {(string.IsNullOrEmpty(Password) ? "(not set)" : "***")}, Folder = {Folder} }}";
}
