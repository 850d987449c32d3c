using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CareDesk.Application.Channels;
using CareDesk.Infrastructure.Persistence;
using CareDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDesk.Web.Tests.Webhooks;

/// <summary>
/// /webhooks/meta end to end with a real recorded Meta delivery (read in place from ../shared/fixtures/social):
/// handshake, signature on the raw bytes before parsing, storage before processing, and intake into a case.
/// </summary>
public sealed class MetaWebhookApiTests : IClassFixture<MetaWebhookApiTests.Factory>
{
    private const string AppSecret = "test-app-secret";
    private const string PageId = "1234567890321";
    private const string Fixture = "facebook/webhooks/restfb__restfb/webhooks/feed-comment-add-211.json";
    private readonly Factory _factory;

    public MetaWebhookApiTests(Factory factory) => _factory = factory;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_subscription_handshake_echoes_the_challenge_only_for_the_configured_verify_token()
    {
        using var client = _factory.CreateClient();

        var accepted = await client.GetAsync("/webhooks/meta?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444", Token);
        var refused = await client.GetAsync("/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444", Token);

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await accepted.Content.ReadAsStringAsync(Token)).ShouldBe("1158201444");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_delivery_with_a_wrong_signature_is_refused_with_401_and_nothing_is_stored()
    {
        using var client = _factory.CreateClient();
        var body = File.ReadAllBytes(FixturePath("facebook/webhooks/restfb__restfb/webhooks/feed-comment-edited-25.json"));

        var response = await PostAsync(client, body, "sha256=" + new string('0', 64));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CountStoredAsync(body)).ShouldBe(0);
    }

    [Fact]
    public async Task A_signed_comment_for_a_configured_page_becomes_a_screened_case_once_however_often_it_is_delivered()
    {
        using var supervisor = await _factory.SignInAsSupervisorAsync();
        var configured = await supervisor.PutAsJsonAsync("/api/channels/facebook-cardiozen-us/ingestion",
            new { enabled = true, accountId = PageId, screeningIntervalMinutes = 15, maxScreeningGapMinutes = 240 }, Token);
        configured.EnsureSuccessStatusCode();
        using var client = _factory.CreateClient();
        var body = File.ReadAllBytes(FixturePath(Fixture));

        var first = await PostAsync(client, body, Sign(body));
        var again = await PostAsync(client, body, Sign(body));

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var posts = await _factory.QueryAsync(db => db.Posts.Where(post => post.ExternalId == "901097836652708_903438993085259").ToListAsync(Token));
        posts.ShouldHaveSingleItem().Text.ShouldBe("and the next one");
        posts[0].ThreadId.ShouldBe("1234567890321_901097836652708");
        var status = (await CareDeskApplicationFactory.ReadAsync<List<ChannelStatusDto>>(await supervisor.GetAsync("/api/channels/status", Token)))
            .Single(channel => channel.Key == "facebook-cardiozen-us");
        status.LastSuccessAt.ShouldBe(CareDeskApplicationFactory.Start);
        (await CountStoredAsync(body)).ShouldBe(2);
    }

    [Fact]
    public async Task A_signed_delivery_nobody_can_route_or_parse_is_kept_with_its_reason_instead_of_dropped()
    {
        using var client = _factory.CreateClient();
        var unrouted = File.ReadAllBytes(FixturePath("facebook/webhooks/restfb__restfb/webhooks/messaging-message-basic.json"));
        var garbled = "{\"object\":\"page\",\"entry\":[{\"id\":"u8.ToArray();

        (await PostAsync(client, unrouted, Sign(unrouted))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(client, garbled, Sign(garbled))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var kept = await _factory.QueryAsync(db => db.InboundWebhooks.AsNoTracking().ToListAsync(Token));
        kept.ShouldContain(webhook => webhook.Body == System.Text.Encoding.UTF8.GetString(unrouted) && webhook.Status == Domain.Channels.InboundWebhookStatus.Unrouted);
        kept.ShouldContain(webhook => webhook.Body == System.Text.Encoding.UTF8.GetString(garbled) && webhook.Status == Domain.Channels.InboundWebhookStatus.Failed && webhook.Error != null);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body, string signature)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/meta") { Content = content };
        request.Headers.Add("X-Hub-Signature-256", signature);
        return await client.SendAsync(request, Token);
    }

    private static string Sign(byte[] body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(AppSecret), body));

    private Task<int> CountStoredAsync(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return _factory.QueryAsync(db => db.InboundWebhooks.CountAsync(webhook => webhook.Body == text, Token));
    }

    private static string FixturePath(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CareDesk.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "..", "shared", "fixtures", "social", relative);
    }

    /// <summary>The web app with a Meta app secret and verify token configured, as an operator would set them.</summary>
    public sealed class Factory : CareDeskApplicationFactory
    {
        public Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
        {
            var scope = Services.CreateScope();
            return RunAsync();

            async Task<T> RunAsync()
            {
                using (scope)
                {
                    return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
                }
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Connectors:Meta:AppSecret", AppSecret);
            builder.UseSetting("Connectors:Meta:VerifyToken", "verify-me");
        }
    }
}
