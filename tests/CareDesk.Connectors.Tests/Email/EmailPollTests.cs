using CareDesk.Application.Connectors;
using CareDesk.Connectors.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CareDesk.Connectors.Tests.Email;

/// <summary>Reading the medical-information inbox from a real IMAP server: what a post looks like, and restarts.</summary>
[Collection(MailServerCollection.Name)]
public sealed class EmailPollTests(MailServer server)
{
    private const string Customer = "pat@patient-mail.example";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_delivered_mail_becomes_a_private_post_with_sender_subject_body_date_and_attachments()
    {
        server.EnsureRunning();
        var inbox = server.NewMailbox();
        var mail = TestMails.From("Pat Example", Customer, inbox, "Respiro inhaler question", "Since starting Respiro I get headaches every morning.");
        var builder = new BodyBuilder { TextBody = "Since starting Respiro I get headaches every morning." };
        builder.Attachments.Add("inhaler-leaflet.pdf", "%PDF-1.4 test"u8.ToArray(), new ContentType("application", "pdf"));
        mail.Body = builder.ToMessageBody();
        await server.DeliverAsync(mail, inbox);

        var result = await ConnectorFor(inbox).PollAsync(Request(null), Token);

        var post = result.Events.ShouldHaveSingleItem();
        post.Kind.ShouldBe(ChannelEventKind.Created);
        post.ExternalId.ShouldBe(mail.MessageId);
        post.Author.ShouldBe(Customer);
        post.AuthorDisplayName.ShouldBe("Pat Example");
        post.Text.ShouldBe("Respiro inhaler question\n\nSince starting Respiro I get headaches every morning.");
        post.OccurredAt.ShouldBe(new DateTimeOffset(2026, 11, 23, 9, 15, 0, TimeSpan.Zero));
        post.IsPublic.ShouldBe(false);
        post.ThreadId.ShouldBe(mail.MessageId);
        post.ParentId.ShouldBeNull();
        var attachment = post.Attachments.ShouldNotBeNull().ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("inhaler-leaflet.pdf");
        attachment.MimeType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task A_customer_reply_joins_the_thread_of_the_first_mail()
    {
        server.EnsureRunning();
        var inbox = server.NewMailbox();
        var first = TestMails.From("Pat Example", Customer, inbox, "Dose question", "How many puffs a day?");
        var second = TestMails.ReplyTo(first, Customer, inbox, "Also, is it fine with ibuprofen?");
        var third = TestMails.ReplyTo(second, Customer, inbox, "Never mind, my pharmacist answered.");
        foreach (var mail in new[] { first, second, third })
        {
            await server.DeliverAsync(mail, inbox);
        }

        var events = (await ConnectorFor(inbox).PollAsync(Request(null), Token)).Events;

        events.Select(item => item.ExternalId).ShouldBe([first.MessageId, second.MessageId, third.MessageId]);
        events.Select(item => item.ThreadId).ShouldAllBe(thread => thread == first.MessageId);
        events[1].ParentId.ShouldBe(first.MessageId);
        events[2].ParentId.ShouldBe(second.MessageId);
    }

    [Fact]
    public async Task An_html_only_mail_without_message_id_is_read_as_text_under_a_stable_id()
    {
        server.EnsureRunning();
        var inbox = server.NewMailbox();
        await server.DropIntoMaildirAsync(inbox, """
            From: "Sam Carer" <sam@carer.example>
            To: medinfo@caredesk.test
            Subject: My mother's inhaler
            Date: Mon, 23 Nov 2026 10:00:00 +0100
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            <html><head><style>p { color: red; }</style></head><body><p>She had a <b>rash</b> &amp; swelling</p><div>after the second dose.</div></body></html>
            """);
        var connector = ConnectorFor(inbox);

        var first = (await connector.PollAsync(Request(null), Token)).Events.ShouldHaveSingleItem();
        var again = (await connector.PollAsync(Request(null), Token)).Events.ShouldHaveSingleItem();

        first.Text.ShouldBe("My mother's inhaler\n\nShe had a rash & swelling\nafter the second dose.");
        first.Author.ShouldBe("sam@carer.example");
        first.OccurredAt.ShouldBe(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        first.ExternalId.ShouldStartWith("sha256:");
        again.ExternalId.ShouldBe(first.ExternalId);
    }

    [Fact]
    public async Task A_restart_from_the_checkpoint_returns_only_newer_mail_and_pages_through_a_backlog()
    {
        server.EnsureRunning();
        var inbox = server.NewMailbox();
        var mails = Enumerable.Range(1, 4).Select(n => TestMails.From("Pat Example", Customer, inbox, $"Question {n}", $"Text {n}")).ToList();
        foreach (var mail in mails.Take(3))
        {
            await server.DeliverAsync(mail, inbox);
        }

        var options = server.OptionsFor(inbox);
        options.MaxMessagesPerPoll = 2;
        var connector = ConnectorFor(options);

        var firstPage = await connector.PollAsync(Request(null), Token);
        var secondPage = await connector.PollAsync(Request(firstPage.Checkpoint), Token);
        var nothingNew = await connector.PollAsync(Request(secondPage.Checkpoint), Token);
        await server.DeliverAsync(mails[3], inbox);
        var afterNewMail = await connector.PollAsync(Request(nothingNew.Checkpoint), Token);

        firstPage.Events.Select(item => item.ExternalId).ShouldBe([mails[0].MessageId, mails[1].MessageId]);
        secondPage.Events.Select(item => item.ExternalId).ShouldBe([mails[2].MessageId]);
        nothingNew.Events.ShouldBeEmpty();
        afterNewMail.Events.Select(item => item.ExternalId).ShouldBe([mails[3].MessageId]);
    }

    [Fact]
    public async Task A_changed_uidvalidity_reads_the_folder_again_under_the_same_message_ids()
    {
        server.EnsureRunning();
        var inbox = server.NewMailbox();
        var mail = TestMails.From("Pat Example", Customer, inbox, "Refill", "Where can I get a refill?");
        await server.DeliverAsync(mail, inbox);
        var connector = ConnectorFor(inbox);
        var first = await connector.PollAsync(Request(null), Token);
        // A checkpoint from before the folder was recreated: its UID 1 was another mail.
        const string stale = """{"uidValidity":1,"lastUid":1}""";

        var reread = await connector.PollAsync(Request(stale), Token);

        // Ingestion is idempotent on the external id, so reading the folder again stores nothing twice.
        reread.Events.Select(item => item.ExternalId).ShouldBe([mail.MessageId]);
        reread.Checkpoint.ShouldBe(first.Checkpoint);
    }

    private EmailConnector ConnectorFor(string inbox) => ConnectorFor(server.OptionsFor(inbox));

    internal static EmailConnector ConnectorFor(EmailOptions options) =>
        new(Options.Create(options), TimeProvider.System, NullLogger<EmailConnector>.Instance);

    private static ChannelPollRequest Request(string? checkpoint) => new("email-medinfo-uk", null, null, checkpoint);
}
