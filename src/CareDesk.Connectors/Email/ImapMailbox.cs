using CareDesk.Application.Connectors;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MimeKit;

namespace CareDesk.Connectors.Email;

/// <summary>IMAP side of the mailbox: read new mails by UID, and look up an earlier mail to reply to it.</summary>
internal sealed class ImapMailbox(EmailOptions options)
{
    public string ServerName => $"IMAP server {options.ImapHost}:{options.ImapPort}";

    public async Task<ChannelPollResult> ReadNewAsync(string? checkpointText, CancellationToken cancellationToken)
    {
        var checkpoint = EmailCheckpoint.Parse(checkpointText);
        using var client = await ConnectAsync(cancellationToken);
        var folder = await OpenFolderAsync(client, cancellationToken);
        var lastUid = EmailCheckpoint.LastUidFor(checkpoint, folder.UidValidity);

        // "n:*" always matches the newest mail even when its UID is below n, so the range is filtered again here.
        var range = new UniqueIdRange(new UniqueId(lastUid + 1), UniqueId.MaxValue);
        var uids = (await folder.SearchAsync(SearchQuery.Uids(range), cancellationToken))
            .Where(uid => uid.Id > lastUid)
            .OrderBy(uid => uid.Id)
            .Take(options.MaxMessagesPerPoll)
            .ToList();

        var internalDates = uids.Count == 0
            ? new Dictionary<uint, DateTimeOffset?>()
            : (await folder.FetchAsync(uids, MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate, cancellationToken))
                .ToDictionary(summary => summary.UniqueId.Id, summary => summary.InternalDate);

        var events = new List<ChannelEvent>(uids.Count);
        foreach (var uid in uids)
        {
            var message = await folder.GetMessageAsync(uid, cancellationToken);
            events.Add(EmailMessageMapper.ToEvent(message, internalDates.GetValueOrDefault(uid.Id)));
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        var next = new EmailCheckpoint(folder.UidValidity, uids.Count == 0 ? lastUid : uids[^1].Id);
        return new ChannelPollResult(events, next.ToString());
    }

    /// <summary>The mail with this Message-ID in the screened folder, or null (the id was a hash, or the mail was moved).</summary>
    public async Task<MimeMessage?> FindAsync(string messageId, CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        var folder = await OpenFolderAsync(client, cancellationToken);
        var uids = await folder.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId), cancellationToken);
        var message = uids.Count == 0 ? null : await folder.GetMessageAsync(uids[0], cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return message;
    }

    private async Task<ImapClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.ImapHost!, options.ImapPort, options.ImapSecurity, cancellationToken);
            await client.AuthenticateAsync(options.UserName!, options.Password!, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task<IMailFolder> OpenFolderAsync(ImapClient client, CancellationToken cancellationToken)
    {
        var folder = string.Equals(options.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : await client.GetFolderAsync(options.Folder, cancellationToken);
        // Read-only: screening must not mark the team's mail as read.
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        return folder;
    }
}
