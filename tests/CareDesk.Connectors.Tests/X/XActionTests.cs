using System.Text.Json.Nodes;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.X;

/// <summary>Reply, delete, hide/unhide and DM with the brand's user-context token.</summary>
public sealed class XActionTests
{
    [Fact]
    public async Task Replies_under_the_target_tweet_and_returns_the_new_id_then_deletes_it()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_create_and_delete_tweet.json"));

        var reply = await x.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Reply, "x-brand", null, "1456012000000000000", "Test Tweet"), XHarness.Token);
        var removed = await x.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Remove, "x-brand", null, reply.ExternalId!), XHarness.Token);

        reply.ShouldBe(new ChannelActionResult(true, "1456012973835788293"));
        removed.Succeeded.ShouldBeTrue();
        var sent = JsonNode.Parse(x.Server.Requests[0].Body)!;
        sent["text"]!.GetValue<string>().ShouldBe("Test Tweet");
        sent["reply"]!["in_reply_to_tweet_id"]!.GetValue<string>().ShouldBe("1456012000000000000");
        x.Server.Requests[0].Headers["Authorization"].ShouldBe("Bearer test-user-token");
        x.Server.Requests[1].Method.ShouldBe("DELETE");
        x.Server.Requests[1].Path.ShouldBe("/2/tweets/1456012973835788293");
    }

    [Fact]
    public async Task Reads_the_new_id_from_a_200_create_response_too()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Respond("POST", "/2/tweets", 200, File.ReadAllText(SocialFixtures.PathOf("x/samples/sns-sdks__python-twitter/testdata/apis/tweet/create_tweet_resp.json")));

        var reply = await x.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Reply, "x-brand", null, "1445880000000000000", "Hello world!"), XHarness.Token);

        reply.ExternalId.ShouldBe("1445880548472328192");
    }

    [Fact]
    public async Task Hides_and_unhides_a_reply()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_hide_and_unhide_reply.json"));

        var hidden = await x.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Hide, "x-brand", null, "1344794616005066752"), XHarness.Token);
        var shown = await x.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Unhide, "x-brand", null, "1344794616005066752"), XHarness.Token);

        hidden.Succeeded.ShouldBeTrue();
        shown.Succeeded.ShouldBeTrue();
        x.Server.Requests.Select(r => (r.Method, r.Path, r.Body)).ShouldBe([
            ("PUT", "/2/tweets/1344794616005066752/hidden", """{"hidden":true}"""),
            ("PUT", "/2/tweets/1344794616005066752/hidden", """{"hidden":false}"""),
        ]);
    }

    [Fact]
    public async Task Sends_a_dm_to_the_recipient_and_returns_the_dm_event_id()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_manage_and_lookup_direct_messages.json").Interactions[0]);

        var sent = await x.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.PrivateMessage, "x-brand", null, "1585800000000000000", "Testing 1", Recipient: "750362064426721281"), XHarness.Token);

        sent.ShouldBe(new ChannelActionResult(true, "1585800613253812228"));
        x.Server.Requests.Single().Path.ShouldBe("/2/dm_conversations/with/750362064426721281/messages");
        x.Server.Requests.Single().Body.ShouldBe("""{"text":"Testing 1"}""");
    }

    [Fact]
    public async Task A_dm_without_a_recipient_goes_to_the_author_of_the_target_tweet()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__tweet_lookup_tweet_fields.json"));
        x.Server.Respond("POST", "/2/dm_conversations/with/2244994945/messages", 201, File.ReadAllText(SocialFixtures.PathOf("x/samples/sns-sdks__python-twitter/testdata/apis/dm_events/events_create.json")));

        var sent = await x.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.PrivateMessage, "x-brand", null, "1275828087666679809", "Please call us"), XHarness.Token);

        sent.ExternalId.ShouldBe("128341038123");
        x.Server.Unmatched.ShouldBeEmpty();
    }
}
