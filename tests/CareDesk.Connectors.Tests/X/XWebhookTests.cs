using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.X.Webhooks;

namespace CareDesk.Connectors.Tests.X;

/// <summary>Account Activity webhook: CRC answer, signature check on the raw bytes, and delivery parsing.</summary>
public sealed class XWebhookTests
{
    // No recorded Account Activity delivery exists (fixtures README, Gaps). This body is written by us in the documented
    // shape (developer.x.com account-activity-api/guides/account-activity-data-objects): a reply tweet, the brand's own
    // tweet, a delete and a DM with its users{} map. It is test input, not a fixture.
    private const string Delivery = """
        {
          "for_user_id": "2244994945",
          "tweet_create_events": [
            {
              "created_at": "Wed Oct 10 20:19:24 +0000 2018",
              "id": 1050118621198921728,
              "id_str": "1050118621198921728",
              "text": "@TwitterDev Cardiozen gave me a rash &amp; dizziness",
              "truncated": false,
              "in_reply_to_status_id_str": "1050118600000000000",
              "user": { "id": 6253282, "id_str": "6253282", "name": "Sam R", "screen_name": "sam_r" },
              "timestamp_ms": "1539202764000"
            },
            {
              "created_at": "Wed Oct 10 20:20:00 +0000 2018",
              "id_str": "1050118770000000000",
              "text": "Our own reply",
              "user": { "id_str": "2244994945", "screen_name": "TwitterDev" }
            }
          ],
          "tweet_delete_events": [
            { "status": { "id": "601430178305220608", "user_id": "3198576760" }, "timestamp_ms": "1432228155593" }
          ],
          "direct_message_events": [
            {
              "type": "message_create",
              "id": "954491830116155396",
              "created_timestamp": "1516403560557",
              "message_create": {
                "target": { "recipient_id": "2244994945" },
                "sender_id": "3001969357",
                "message_data": { "text": "Hello World!", "entities": { "hashtags": [], "symbols": [], "user_mentions": [], "urls": [] } }
              }
            }
          ],
          "users": {
            "3001969357": { "id": "3001969357", "created_timestamp": "1422556069340", "name": "Jordan Brinks", "screen_name": "furiouscamper" }
          }
        }
        """;

    [Fact]
    public async Task Answers_the_crc_with_the_documented_test_vector()
    {
        await using var x = await XHarness.StartAsync();
        var webhook = x.Get<IEnumerable<IWebhookConnector>>().Single(w => w.Network == "x");

        var answer = webhook.AnswerChallenge(new Dictionary<string, string> { ["crc_token"] = "9b4507b3-9040-4669-9ca3-6b94edb50553" });

        answer!.ContentType.ShouldBe("application/json");
        JsonNode.Parse(answer.Body)!["response_token"]!.GetValue<string>().ShouldBe("sha256=Cytd4Sq+NvEcV3MMrXxWJGJx5A+y/lXzzU2Maartkx8=");
        webhook.AnswerChallenge(new Dictionary<string, string> { ["hub.challenge"] = "1" }).ShouldBeNull();
    }

    [Fact]
    public async Task Accepts_only_the_hmac_of_the_exact_raw_body()
    {
        await using var x = await XHarness.StartAsync();
        var webhook = x.Get<XWebhookConnector>();
        var body = Encoding.UTF8.GetBytes(Delivery);
        var signature = "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(XHarness.ConsumerSecret), body));
        var tampered = body.ToArray();
        tampered[^3] ^= 1;

        webhook.IsSignatureValid(body, signature).ShouldBeTrue();
        webhook.IsSignatureValid(tampered, signature).ShouldBeFalse();
        webhook.IsSignatureValid(body, signature.Replace("sha256=", "sha1=", StringComparison.Ordinal)).ShouldBeFalse();
        webhook.IsSignatureValid(body, "sha256=not-base64!").ShouldBeFalse();
        webhook.IsSignatureValid(body, null).ShouldBeFalse();
    }

    [Fact]
    public async Task Parses_replies_deletes_and_dms_for_the_subscribed_account_and_leaves_out_its_own_tweets()
    {
        await using var x = await XHarness.StartAsync();

        var delivery = x.Get<XWebhookConnector>().Parse(Encoding.UTF8.GetBytes(Delivery)).Single();

        delivery.AccountId.ShouldBe("2244994945");
        delivery.Events.Select(e => (e.Kind, e.ExternalId)).ShouldBe([
            (ChannelEventKind.Created, "1050118621198921728"),
            (ChannelEventKind.Deleted, "601430178305220608"),
            (ChannelEventKind.Created, "954491830116155396"),
        ]);
        var reply = delivery.Events[0];
        reply.Author.ShouldBe("@sam_r");
        reply.AuthorDisplayName.ShouldBe("Sam R");
        reply.Text.ShouldBe("@TwitterDev Cardiozen gave me a rash & dizziness");
        reply.OccurredAt.ShouldBe(new DateTimeOffset(2018, 10, 10, 20, 19, 24, TimeSpan.Zero));
        reply.ParentId.ShouldBe("1050118600000000000");
        reply.IsPublic.ShouldBe(true);
        var dm = delivery.Events[2];
        dm.IsPublic.ShouldBe(false);
        dm.Author.ShouldBe("@furiouscamper");
        dm.ThreadId.ShouldBe("2244994945-3001969357");
        dm.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1516403560557));
    }

    [Fact]
    public async Task A_body_that_is_not_account_activity_json_is_an_error_not_an_empty_delivery()
    {
        await using var x = await XHarness.StartAsync();

        Should.Throw<ChannelUnavailableException>(() => x.Get<XWebhookConnector>().Parse("not json"u8));
        Should.Throw<ChannelUnavailableException>(() => x.Get<XWebhookConnector>().Parse("""{"tweet_create_events":[]}"""u8));
    }
}
