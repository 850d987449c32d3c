using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.X;

/// <summary>DMs of the brand account (GET /2/dm_events, user token): private items threaded by dm_conversation_id.</summary>
public sealed class XDirectMessagePollingTests
{
    private const string DmEvents = "x/samples/sns-sdks__python-twitter/testdata/apis/dm_events/events.json";

    private const string NoMentions = """{"meta":{"result_count":0}}""";

    [Fact]
    public async Task Polls_dms_as_private_items_threaded_by_conversation()
    {
        await using var x = await XHarness.StartAsync(new() { ["PollDirectMessages"] = "true" });
        x.Server.Respond("GET", "/2/users/1072250532645998596/mentions", 200, NoMentions);
        x.Server.Respond("GET", "/2/dm_events", 200, File.ReadAllText(SocialFixtures.PathOf(DmEvents)));

        var result = await x.Connector.PollAsync(new ChannelPollRequest("x-brand", "1072250532645998596", null, null), XHarness.Token);

        x.Server.Requests.Single(r => r.Path == "/2/dm_events").Headers["Authorization"].ShouldBe("Bearer test-user-token");
        x.Server.Requests.Single(r => r.Path == "/2/dm_events").Query.ShouldContain("dm_event.fields=id,text,event_type,dm_conversation_id,created_at,sender_id");
        var dm = result.Events.Single();
        dm.ExternalId.ShouldBe("1585321444547837956");
        dm.Text.ShouldBe("Another photo https://t.co/J5KotyeIyd");
        dm.IsPublic.ShouldBe(false);
        dm.ThreadId.ShouldBe("1585094756761149440");
        dm.AuthorPlatformId.ShouldBe("906948460078698496");
        dm.OccurredAt.ShouldBe(new DateTimeOffset(2022, 10, 26, 17, 24, 21, TimeSpan.Zero));

        // Next poll: X has no since_id for DMs, so paging stops at the newest id already returned.
        x.Server.Respond("GET", "/2/users/1072250532645998596/mentions", 200, NoMentions);
        x.Server.Respond("GET", "/2/dm_events", 200, File.ReadAllText(SocialFixtures.PathOf(DmEvents)));
        var again = await x.Connector.PollAsync(new ChannelPollRequest("x-brand", "1072250532645998596", null, result.Checkpoint), XHarness.Token);
        again.Events.ShouldBeEmpty();
        again.Checkpoint.ShouldBe(result.Checkpoint);
    }

    [Fact]
    public async Task Finds_the_brand_account_with_users_me_and_leaves_out_dms_the_brand_sent()
    {
        await using var x = await XHarness.StartAsync(new() { ["PollDirectMessages"] = "true" });
        var cassette = SocialFixtures.Cassette("x/replay/tweepy__test_manage_and_lookup_direct_messages.json");
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_get_me.json"));
        x.Server.Replay(cassette.Interactions.Single(i => i.Uri.AbsolutePath == "/2/dm_events"));

        var empty = await x.Connector.PollAsync(new ChannelPollRequest("x-brand", null, null, null), XHarness.Token);

        empty.Events.ShouldBeEmpty();
        x.Server.Requests[0].Path.ShouldBe("/2/users/me");

        // An own DM (sender = the brand, 1072250532645998596 from users/me) is CareDesk's reply, not a new item.
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_get_me.json"));
        x.Server.Respond("GET", "/2/dm_events", 200, """
            {"data":[{"id":"1585800613253812228","event_type":"MessageCreate","text":"Testing 1","sender_id":"1072250532645998596","dm_conversation_id":"750362064426721281-1072250532645998596"},
                     {"id":"1585800613253812229","event_type":"MessageCreate","text":"Thanks","sender_id":"750362064426721281","dm_conversation_id":"750362064426721281-1072250532645998596"}],
             "includes":{"users":[{"id":"750362064426721281","username":"someone","name":"Some One"}]},"meta":{"result_count":2}}
            """);
        var result = await x.Connector.PollAsync(new ChannelPollRequest("x-brand", null, null, empty.Checkpoint), XHarness.Token);

        result.Events.Single().Author.ShouldBe("@someone");
        result.Events.Single().AuthorDisplayName.ShouldBe("Some One");
    }
}
