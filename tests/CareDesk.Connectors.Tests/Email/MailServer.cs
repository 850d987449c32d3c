using System.Diagnostics;
using CareDesk.Connectors.Email;
using CareDesk.Connectors.Tests.Fixtures;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace CareDesk.Connectors.Tests.Email;

/// <summary>
/// A real Dovecot (IMAP) + Postfix (SMTP) pair on 127.0.0.1, started once for the e-mail tests by eng/mail-server.sh
/// (which installs the Debian packages when they are missing). If it cannot start, every test fails with the script's
/// output, unless CAREDESK_SKIP_MAIL_SERVER=1 says this machine cannot run one.
/// </summary>
public sealed class MailServer : IAsyncLifetime
{
    public const string Domain = "caredesk.test";
    public const string Password = "mail-test-pw";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cdmail-" + Guid.NewGuid().ToString("N")[..8]);
    private int _nextBox;
    private string? _failure;

    public int ImapPort { get; private set; }

    public int SmtpPort { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var (exitCode, output) = await RunScriptAsync("start");
        if (exitCode != 0)
        {
            _failure = $"eng/mail-server.sh start failed (exit {exitCode}); the e-mail connector needs a local Dovecot + Postfix. Output:\n{output}";
            return;
        }

        var settings = File.ReadAllLines(Path.Combine(_directory, "server.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        ImapPort = int.Parse(settings["IMAP_PORT"], System.Globalization.CultureInfo.InvariantCulture);
        SmtpPort = int.Parse(settings["SMTP_PORT"], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await RunScriptAsync("stop");
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner; a later run uses a new directory.
        }
    }

    /// <summary>Fails the test with the reason the server did not start (or skips it where that is allowed).</summary>
    public void EnsureRunning()
    {
        if (_failure is null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CAREDESK_SKIP_MAIL_SERVER") == "1")
        {
            Assert.Skip("CAREDESK_SKIP_MAIL_SERVER=1: " + _failure);
        }

        Assert.Fail(_failure + "\nSet CAREDESK_SKIP_MAIL_SERVER=1 to skip the e-mail tests on a machine that cannot run a mail server.");
    }

    /// <summary>A mailbox no other test uses.</summary>
    public string NewMailbox() => $"box{Interlocked.Increment(ref _nextBox)}@{Domain}";

    public EmailOptions OptionsFor(string mailbox) => new()
    {
        ImapHost = "127.0.0.1",
        ImapPort = ImapPort,
        ImapSecurity = SecureSocketOptions.None,
        SmtpHost = "127.0.0.1",
        SmtpPort = SmtpPort,
        SmtpSecurity = SecureSocketOptions.None,
        UserName = mailbox,
        Password = Password,
        FromName = "Respiro Medical Information",
        Timeout = TimeSpan.FromSeconds(10),
        PollRetries = 0,
    };

    /// <summary>Sends over SMTP as a customer's mail client would, and waits until Postfix has put it in the mailbox.</summary>
    public async Task DeliverAsync(MimeMessage message, string mailbox)
    {
        using (var smtp = new SmtpClient())
        {
            await smtp.ConnectAsync("127.0.0.1", SmtpPort, SecureSocketOptions.None, TestContext.Current.CancellationToken);
            await smtp.SendAsync(message, TestContext.Current.CancellationToken);
            await smtp.DisconnectAsync(true, TestContext.Current.CancellationToken);
        }

        (await WaitForMessageAsync(mailbox, message.MessageId!)).ShouldNotBeNull($"{message.MessageId} was not delivered to {mailbox}");
    }

    /// <summary>Puts a raw mail straight into the maildir, for mails an SMTP server would have altered (no Message-ID).</summary>
    public async Task DropIntoMaildirAsync(string mailbox, string rawMessage)
    {
        // Logging in makes Dovecot create the maildir as its mail user; a directory made here (root) it could not use.
        using (var imap = new ImapClient())
        {
            await imap.ConnectAsync("127.0.0.1", ImapPort, SecureSocketOptions.None, TestContext.Current.CancellationToken);
            await imap.AuthenticateAsync(mailbox, Password, TestContext.Current.CancellationToken);
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, TestContext.Current.CancellationToken);
            await imap.DisconnectAsync(true, TestContext.Current.CancellationToken);
        }

        // Maildir delivery: write under tmp/, then move into new/ so the server never sees half a file.
        var maildir = Path.Combine(_directory, "mail", Domain, mailbox.Split('@')[0]);
        var name = $"{Guid.NewGuid():N}.caredesk-test";
        var temporary = Path.Combine(maildir, "tmp", name);
        await File.WriteAllTextAsync(temporary, rawMessage.ReplaceLineEndings("\n"), TestContext.Current.CancellationToken);
        File.Move(temporary, Path.Combine(maildir, "new", name));
    }

    /// <summary>The mail with this Message-ID in the mailbox, read over IMAP, once it has arrived (10 s at most).</summary>
    public Task<MimeMessage?> WaitForMessageAsync(string mailbox, string messageId) => WaitForMessageAsync(mailbox, "Message-ID", messageId);

    /// <summary>The mail whose header contains this value in the mailbox, read over IMAP, once it has arrived (10 s at most).</summary>
    public async Task<MimeMessage?> WaitForMessageAsync(string mailbox, string header, string value)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var token = TestContext.Current.CancellationToken;
        using var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", ImapPort, SecureSocketOptions.None, token);
        await imap.AuthenticateAsync(mailbox, Password, token);
        while (DateTime.UtcNow < deadline)
        {
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, token);
            var found = await imap.Inbox.SearchAsync(SearchQuery.HeaderContains(header, value), token);
            if (found.Count > 0)
            {
                return await imap.Inbox.GetMessageAsync(found[0], token);
            }

            await imap.Inbox.CloseAsync(false, token);
            await Task.Delay(100, token);
        }

        return null;
    }

    private async Task<(int ExitCode, string Output)> RunScriptAsync(string command)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "eng", "mail-server.sh"), command, _directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // Generous: the first run on a clean machine installs the packages with apt.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout.WaitAsync(timeout.Token) + await stderr.WaitAsync(timeout.Token));
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return (-1, exception.Message);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MailServerCollection : ICollectionFixture<MailServer>
{
    public const string Name = "mail server";
}
