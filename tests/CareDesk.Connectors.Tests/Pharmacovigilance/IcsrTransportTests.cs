using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CareDesk.Application.Pharmacovigilance.Delivery;
using CareDesk.Connectors.Pharmacovigilance;
using CareDesk.Connectors.Tests.Email;
using CareDesk.Domain.Pharmacovigilance.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareDesk.Connectors.Tests.Pharmacovigilance;

/// <summary>R15: each ICSR transport as wired in production, against a real mail server, a real HTTP server and a real folder.</summary>
[Collection(MailServerCollection.Name)]
public sealed class IcsrTransportTests(MailServer server)
{
    private const string Secret = "pv-webhook-shared-secret-0001";
    private static readonly IcsrEnvelope Envelope = new("US-CAREDESK-000042-20261123140000", "US-CAREDESK-000042", 42,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\"><id extension=\"US-CAREDESK-000042-20261123140000\"/></MCCI_IN200100UV01>");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task R15_email_transport_mails_the_icsr_as_an_xml_attachment_to_the_pv_intake_mailbox()
    {
        server.EnsureRunning();
        var sender = server.NewMailbox();
        var pvIntake = server.NewMailbox();
        var transport = TransportFor(IcsrTransportKind.Email, new()
        {
            ["Pharmacovigilance:Delivery:Email:SmtpHost"] = "127.0.0.1",
            ["Pharmacovigilance:Delivery:Email:SmtpPort"] = server.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Pharmacovigilance:Delivery:Email:SmtpSecurity"] = "None",
            ["Pharmacovigilance:Delivery:Email:FromAddress"] = sender,
            ["Pharmacovigilance:Delivery:Email:ToAddress"] = pvIntake,
        });

        var receipt = await transport.SendAsync(Envelope, Token);

        var messageId = receipt.Split('<', '>')[1];
        var mail = (await server.WaitForMessageAsync(pvIntake, messageId)).ShouldNotBeNull();
        mail.Headers["X-E2B-Message-Id"].ShouldBe(Envelope.MessageId);
        mail.Subject.ShouldNotBeNull().ShouldContain(Envelope.MessageId);
        var attachment = mail.Attachments.OfType<MimeKit.MimePart>().ShouldHaveSingleItem();
        attachment.FileName.ShouldBe($"{Envelope.MessageId}.xml");
        using var content = new MemoryStream();
        await attachment.Content.ShouldNotBeNull().DecodeToAsync(content, Token);
        Encoding.UTF8.GetString(content.ToArray()).ShouldBe(Envelope.Xml);
    }

    [Fact]
    public async Task R15_webhook_transport_posts_the_icsr_signed_with_hmac_sha256_and_retries_a_503()
    {
        await using var receiver = await SafetyDatabaseEndpoint.StartAsync(failFirst: 1);
        var transport = TransportFor(IcsrTransportKind.Webhook, new()
        {
            ["Pharmacovigilance:Delivery:Webhook:Url"] = receiver.Url.ToString(),
            ["Pharmacovigilance:Delivery:Webhook:Secret"] = Secret,
            ["Pharmacovigilance:Delivery:Webhook:RetryBaseDelay"] = "00:00:00",
        });

        var receipt = await transport.SendAsync(Envelope, Token);

        receipt.ShouldStartWith("HTTP 202");
        receiver.Requests.Count.ShouldBe(2, "the 503 was retried: the receiver de-duplicates on the message id");
        var request = receiver.Requests.Last();
        request.Body.ShouldBe(Envelope.Xml);
        request.MessageId.ShouldBe(Envelope.MessageId);
        request.Signature.ShouldBe(Expected(Secret, request.Timestamp, request.Body), "the receiver can verify who sent it");
        request.Signature.ShouldNotBe(Expected("another-secret-of-the-same-size", request.Timestamp, request.Body));
    }

    [Fact]
    public async Task R15_webhook_transport_reports_a_refusal_as_a_failure()
    {
        await using var receiver = await SafetyDatabaseEndpoint.StartAsync(failFirst: 0, status: StatusCodes.Status401Unauthorized);
        var transport = TransportFor(IcsrTransportKind.Webhook, new()
        {
            ["Pharmacovigilance:Delivery:Webhook:Url"] = receiver.Url.ToString(),
            ["Pharmacovigilance:Delivery:Webhook:Secret"] = Secret,
        });

        (await Should.ThrowAsync<HttpRequestException>(() => transport.SendAsync(Envelope, Token))).Message.ShouldContain("401");
        receiver.Requests.Count.ShouldBe(1, "a 401 is not transient");
    }

    [Fact]
    public async Task R15_drop_folder_transport_writes_the_whole_file_once_for_the_gateway()
    {
        var folder = Directory.CreateTempSubdirectory("caredesk-pv-drop-").FullName;
        try
        {
            var transport = TransportFor(IcsrTransportKind.DropFolder, new() { ["Pharmacovigilance:Delivery:DropFolder:Path"] = folder });

            await transport.SendAsync(Envelope, Token);
            var receipt = await transport.SendAsync(Envelope, Token);

            Directory.GetFiles(folder).ShouldBe([Path.Combine(folder, $"{Envelope.MessageId}.xml")], "a retry leaves one file and no partial one");
            receipt.ShouldBe(Path.Combine(folder, $"{Envelope.MessageId}.xml"));
            (await File.ReadAllTextAsync(receipt, Token)).ShouldBe(Envelope.Xml);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task R15_drop_folder_transport_fails_when_the_gateway_folder_is_missing()
    {
        var transport = TransportFor(IcsrTransportKind.DropFolder, new() { ["Pharmacovigilance:Delivery:DropFolder:Path"] = "/nonexistent/caredesk-pv" });

        await Should.ThrowAsync<DirectoryNotFoundException>(() => transport.SendAsync(Envelope, Token));
    }

    private static IIcsrTransport TransportFor(IcsrTransportKind kind, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPvDelivery(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetServices<IIcsrTransport>().Single(transport => transport.Kind == kind);
    }

    private static string Expected(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    private sealed record ReceivedIcsr(string Body, string MessageId, string Timestamp, string Signature);

    /// <summary>The safety database's webhook on Kestrel (127.0.0.1, random port): fails the first N posts with 503, then accepts.</summary>
    private sealed class SafetyDatabaseEndpoint : IAsyncDisposable
    {
        private readonly ConcurrentQueue<ReceivedIcsr> _requests = new();
        private WebApplication _app = null!;
        private int _failuresLeft;
        private int _status;

        public Uri Url { get; private set; } = null!;

        public IReadOnlyList<ReceivedIcsr> Requests => [.. _requests];

        public static async Task<SafetyDatabaseEndpoint> StartAsync(int failFirst, int status = StatusCodes.Status202Accepted)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var endpoint = new SafetyDatabaseEndpoint { _app = builder.Build(), _failuresLeft = failFirst, _status = status };
            endpoint._app.MapPost("/icsr", endpoint.ReceiveAsync);
            await endpoint._app.StartAsync(Token);
            var address = endpoint._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            endpoint.Url = new Uri(address.TrimEnd('/') + "/icsr");
            return endpoint;
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();

        private async Task<IResult> ReceiveAsync(HttpRequest request)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            _requests.Enqueue(new ReceivedIcsr(await reader.ReadToEndAsync(), request.Headers["X-E2B-Message-Id"].ToString(),
                request.Headers["X-CareDesk-Timestamp"].ToString(), request.Headers["X-CareDesk-Signature"].ToString()));
            return Interlocked.Decrement(ref _failuresLeft) >= 0 ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.StatusCode(_status);
        }
    }
}
