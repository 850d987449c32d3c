using CareDesk.Application.Listening;
using CareDesk.Connectors.Listening;
using CareDesk.Connectors.Tests.Email;
using CareDesk.Connectors.Tests.Harness;
using CareDesk.Domain.Listening.Anomalies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CareDesk.Connectors.Tests.Listening;

/// <summary>Listening alert e-mail as wired in production: the dispatcher, the alert sender and MailKit SMTP to a real Postfix, read back over IMAP.</summary>
[Collection(MailServerCollection.Name)]
public sealed class AlertEmailTests(MailServer server)
{
    [Fact]
    public async Task DeliverAlertNotifications_MailsTheAlertThroughTheRelay_AndMarksItSent()
    {
        server.EnsureRunning();
        var recipient = server.NewMailbox();
        await using var host = await StartAsync(server.SmtpPort);
        var (alertId, notificationId) = await QueueEmailAlertAsync(host, recipient);

        var result = await host.RunAsync((DeliverAlertNotificationsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        result.ShouldBe(new DeliverAlertNotificationsResult(1, 0));
        var mail = (await server.WaitForMessageAsync(recipient, "X-CareDesk-Alert", alertId.ToString("N"))).ShouldNotBeNull();
        mail.Subject.ShouldBe("[CareDesk] Cardiozen: VolumeSpike alert, severity 9/10");
        mail.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("alerts@caredesk.test");
        var body = mail.TextBody.ShouldNotBeNull();
        body.ShouldContain("40 posts in the hour against 5 expected");
        body.ShouldContain($"https://caredesk.example/alerts#alert-{alertId:N}");
        var notification = await host.QueryAsync((db, ct) => db.AlertNotifications.AsNoTracking().SingleAsync(found => found.Id == notificationId, ct));
        (notification.Status, notification.Attempts).ShouldBe((AlertNotificationStatus.Sent, 1));
    }

    [Fact]
    public async Task DeliverAlertNotifications_WhenTheRelayIsDown_RecordsTheFailureAndRetriesOnTheNextRun()
    {
        server.EnsureRunning();
        var recipient = server.NewMailbox();
        await using var host = await StartAsync(ClosedPort());
        var (_, notificationId) = await QueueEmailAlertAsync(host, recipient);

        var first = await host.RunAsync((DeliverAlertNotificationsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));
        var second = await host.RunAsync((DeliverAlertNotificationsHandler handler, CancellationToken ct) => handler.HandleAsync(ct));

        (first, second).ShouldBe((new DeliverAlertNotificationsResult(0, 1), new DeliverAlertNotificationsResult(0, 1)));
        var notification = await host.QueryAsync((db, ct) => db.AlertNotifications.AsNoTracking().SingleAsync(found => found.Id == notificationId, ct));
        (notification.Status, notification.Attempts).ShouldBe((AlertNotificationStatus.Pending, 2));
        notification.LastError.ShouldNotBeNull().ShouldContain("SMTP 127.0.0.1:");
    }

    private static Task<ConnectorTestHost> StartAsync(int smtpPort) => ConnectorTestHost.StartAsync(services => services.AddAlertEmail(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Listening:AlertEmail:Host"] = "127.0.0.1",
            ["Listening:AlertEmail:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Listening:AlertEmail:Security"] = "None",
            ["Listening:AlertEmail:From"] = "alerts@caredesk.test",
            ["Listening:AlertEmail:BaseUrl"] = "https://caredesk.example/",
            ["Listening:AlertEmail:Timeout"] = "00:00:10",
        }).Build()));

    private static Task<(Guid AlertId, Guid NotificationId)> QueueEmailAlertAsync(ConnectorTestHost host, string recipient) => host.QueryAsync(async (db, ct) =>
    {
        var brandId = await db.Brands.Where(brand => brand.Name == "Cardiozen").Select(brand => brand.Id).SingleAsync(ct);
        var at = ConnectorTestHost.Start;
        var alert = ListeningAlert.Raise(brandId, ListeningAlertKind.VolumeSpike, 9, at.AddHours(-1), at, 40, 5, "40 posts in the hour against 5 expected", [], at);
        var rule = AlertRoutingRule.Create("Crisis desk", 7, null, brandId, AlertDelivery.Email, recipient, null);
        var notification = AlertNotification.For(alert, rule, at);
        db.ListeningAlerts.Add(alert);
        db.AlertRoutingRules.Add(rule);
        db.AlertNotifications.Add(notification);
        await db.SaveChangesAsync(ct);
        return (alert.Id, notification.Id);
    });

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
