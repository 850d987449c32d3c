using System.Net;
using System.Net.Sockets;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareDesk.Connectors.Tests.Email;

/// <summary>Answering by e-mail, and what the poller is told when the mail server refuses or is gone.</summary>
[Collection(MailServerCollection.Name)]
public sealed class EmailActionTests(MailServer server)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reply_reaches_the_customer_threaded_under_their_mail_and_returns_its_message_id()
    {
        server.EnsureRunning();
        var inbox = server.NewMailbox();
        var customer = server.NewMailbox();
        var question = TestMails.From("Pat Example", customer, inbox, "Respiro dose", "Can I take two puffs at night?");
        var earlier = TestMails.From("Pat Example", customer, inbox, "Respiro", "First question");
        question.InReplyTo = earlier.MessageId;
        question.References.Add(earlier.MessageId!);
        await server.DeliverAsync(question, inbox);
        var connector = EmailPollTests.ConnectorFor(server.OptionsFor(inbox));
        var received = (await connector.PollAsync(new ChannelPollRequest("email-medinfo-uk", inbox, null, null), Token)).Events.Single();

        var result = await connector.ExecuteAsync(
            new ChannelAction(ChannelActionKind.Reply, "email-medinfo-uk", inbox, received.ExternalId, "Please call our medical information line."), Token);

        result.Succeeded.ShouldBeTrue();
        var delivered = (await server.WaitForMessageAsync(customer, result.ExternalId!)).ShouldNotBeNull();
        delivered.InReplyTo.ShouldBe(question.MessageId);
        delivered.References.ShouldBe([earlier.MessageId!, question.MessageId!]);
        delivered.Subject.ShouldBe("Re: Respiro dose");
        delivered.From.Mailboxes.Single().Address.ShouldBe(inbox);
        delivered.From.Mailboxes.Single().Name.ShouldBe("Respiro Medical Information");
        delivered.TextBody.ShouldNotBeNull().Trim().ShouldBe("Please call our medical information line.");
    }

    [Fact]
    public async Task A_private_message_to_a_mail_no_longer_in_the_mailbox_goes_to_the_named_recipient()
    {
        server.EnsureRunning();
        var inbox = server.NewMailbox();
        var customer = server.NewMailbox();
        var connector = EmailPollTests.ConnectorFor(server.OptionsFor(inbox));

        var result = await connector.ExecuteAsync(
            new ChannelAction(ChannelActionKind.PrivateMessage, "email-medinfo-uk", inbox, "gone@patient-mail.example", "Following up on your call.", customer), Token);

        var delivered = (await server.WaitForMessageAsync(customer, result.ExternalId!)).ShouldNotBeNull();
        delivered.InReplyTo.ShouldBe("gone@patient-mail.example");
        delivered.Subject.ShouldBe("Re: your message");
    }

    [Fact]
    public async Task A_wrong_password_is_an_authorization_failure_that_does_not_echo_the_password()
    {
        server.EnsureRunning();
        var options = server.OptionsFor(server.NewMailbox());
        options.Password = "not-the-password";
        options.PollRetries = 2;

        var failure = await Should.ThrowAsync<ChannelAuthorizationException>(
            () => EmailPollTests.ConnectorFor(options).PollAsync(new ChannelPollRequest("email-medinfo-uk", null, null, null), Token));

        failure.Message.ShouldContain("user name or password");
        failure.Message.ShouldNotContain("not-the-password");
    }

    [Fact]
    public async Task A_mail_server_that_is_down_makes_polling_and_sending_unavailable()
    {
        server.EnsureRunning();
        var options = server.OptionsFor(server.NewMailbox());
        options.ImapPort = options.SmtpPort = ClosedPort();
        var connector = EmailPollTests.ConnectorFor(options);

        var pollFailure = await Should.ThrowAsync<ChannelUnavailableException>(
            () => connector.PollAsync(new ChannelPollRequest("email-medinfo-uk", null, null, null), Token));
        var sendFailure = await Should.ThrowAsync<ChannelUnavailableException>(() => connector.ExecuteAsync(
            new ChannelAction(ChannelActionKind.PrivateMessage, "email-medinfo-uk", null, "sha256:abc", "Hello", "pat@patient-mail.example"), Token));

        pollFailure.ShouldNotBeOfType<ChannelAuthorizationException>();
        pollFailure.Message.ShouldContain($"127.0.0.1:{options.ImapPort}");
        sendFailure.Message.ShouldContain($"SMTP server 127.0.0.1:{options.SmtpPort}");
    }

    [Fact]
    public async Task Hiding_an_email_is_refused_because_mail_cannot_be_moderated()
    {
        var connector = EmailPollTests.ConnectorFor(new EmailOptions());

        await Should.ThrowAsync<NotSupportedException>(
            () => connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Hide, "email-medinfo-uk", null, "<id@example>"), Token));
    }

    [Fact]
    public void The_connectors_registration_provides_the_email_connector_from_configuration_without_showing_the_password()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Email:ImapHost"] = "imap.example.com",
            ["Connectors:Email:UserName"] = "medinfo@example.com",
            ["Connectors:Email:Password"] = "s3cret-value",
        }).Build();
        using var provider = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddLogging().AddConnectors(configuration).BuildServiceProvider();

        provider.GetServices<IChannelConnector>().ShouldContain(connector => connector.Kind == Domain.Channels.ChannelKind.Email);
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value;
        options.ImapHost.ShouldBe("imap.example.com");
        options.ToString().ShouldNotContain("s3cret-value");
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
