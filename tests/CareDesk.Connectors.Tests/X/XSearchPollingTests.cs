using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.X;

/// <summary>The channel's listening query through recent search (GET /2/tweets/search/recent): hits are FromListening.</summary>
public sealed class XSearchPollingTests
{
    private static ChannelPollRequest Listening(string query, string? checkpoint = null) => new("x-cardiozen-us", null, query, checkpoint);

    [Fact]
    public async Task Follows_next_token_across_pages_and_returns_every_hit_oldest_first()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_search_recent_tweets.json"));
        x.Server.Respond("GET", "/2/tweets/search/recent", 200, File.ReadAllText(SocialFixtures.PathOf("x/samples/sns-sdks__python-twitter/testdata/apis/searches/search_tweets_query.json")));

        var result = await x.Connector.PollAsync(Listening("Tweepy"), XHarness.Token);

        result.Events.Count.ShouldBe(14);
        result.Events.ShouldAllBe(e => e.FromListening && e.IsPublic == true);
        result.Events[0].ExternalId.ShouldBe("1275653067283759104");
        result.Events[^1].ExternalId.ShouldBe("1578516068309794817");
        result.Events[^1].Text.ShouldBe("2022-10-07 22:42:12.637103 tweepy");
        x.Server.Requests[0].Query.ShouldContain("query=Tweepy");
        x.Server.Requests[1].Query.ShouldContain("pagination_token=b26v89c19zqg8o3fpzbn1e0ffhxjiofzw6po136rvbnul");

        // Page two (docs-style sample with expansions): author handle and name from includes.users, parent from replied_to.
        var reply = result.Events.Single(e => e.ExternalId == "1276035977375477760");
        reply.Author.ShouldBe("@happycamper");
        reply.AuthorDisplayName.ShouldBe("Emily Waligoske 🏕");
        reply.AuthorPlatformId.ShouldBe("63046977");
        reply.ParentId.ShouldBe("1275653067283759104");
        reply.OccurredAt.ShouldBe(new DateTimeOffset(2020, 6, 25, 6, 14, 19, TimeSpan.Zero));
        reply.Permalink.ShouldBe("https://x.com/happycamper/status/1276035977375477760");
        reply.Attachments!.Single().Kind.ShouldBe("media");
        result.Checkpoint!.ShouldContain("1578516068309794817");
    }

    [Fact]
    public async Task Maps_the_default_payload_without_inventing_author_or_thread()
    {
        await using var x = await XHarness.StartAsync(new() { ["MaxPagesPerPoll"] = "1" });
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__recent_search_default.json"));

        var result = await x.Connector.PollAsync(Listening("nyc"), XHarness.Token);

        result.Events.Count.ShouldBe(10);
        var newest = result.Events[^1];
        newest.ExternalId.ShouldBe("1275840243636322304");
        newest.Text.ShouldStartWith("RT @polarbearrs: Hi  #VisibleWomen");
        newest.Author.ShouldBeNull();
        newest.ThreadId.ShouldBeNull();
        newest.ParentId.ShouldBeNull();
        newest.OccurredAt!.Value.ShouldBe(new DateTimeOffset(2020, 6, 24, 17, 17, 3, TimeSpan.Zero), TimeSpan.FromMinutes(2));
        result.RateLimit.ShouldBe(new RateLimitSnapshot(1800, 1798, DateTimeOffset.FromUnixTimeSeconds(1593019916)));
    }

    [Fact]
    public async Task Unescapes_html_entities_and_reads_reply_references_from_tweet_fields()
    {
        await using var x = await XHarness.StartAsync(new() { ["MaxPagesPerPoll"] = "1" });
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__recent_search_tweet_fields.json"));

        var result = await x.Connector.PollAsync(Listening("nyc"), XHarness.Token);

        var camps = result.Events.Single(e => e.ExternalId == "1275840891014561796");
        camps.Text!.ShouldContain("(not a worry in this setting) & kids from MD, NYC, and Zambia! Very cool to see the positives & the kids");
        camps.Text!.ShouldNotContain("&amp;");
        camps.AuthorPlatformId.ShouldBe("15004848");
        camps.OccurredAt.ShouldBe(new DateTimeOffset(2020, 6, 24, 17, 19, 7, TimeSpan.Zero));
        result.Events.Single(e => e.ExternalId == "1275840892281249793").ParentId.ShouldBe("1275781448855891968");
    }

    [Fact]
    public async Task Maps_expanded_users_to_handles_and_display_names()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__recent_search_tweet_fields_expanded_users.json"));

        var result = await x.Connector.PollAsync(Listening("conversation_id:1273733248749690880"), XHarness.Token);

        result.Events.Select(e => e.Author).ShouldBe(["@snowman", "@jellybeanjones", "@snowman", "@happycamper"]);
        result.Events[0].AuthorDisplayName.ShouldBe("Jim Moffitt");
        result.Events[^1].ParentId.ShouldBe("1275653067283759104");
    }

    [Fact]
    public async Task A_changed_listening_query_starts_over_instead_of_reusing_the_old_since_id()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__recent_search_tweet_fields_expanded_users.json"));
        var first = await x.Connector.PollAsync(Listening("old query"), XHarness.Token);

        x.Server.Respond("GET", "/2/tweets/search/recent", 200, """{"meta":{"result_count":0}}""");
        await x.Connector.PollAsync(Listening("new query", first.Checkpoint), XHarness.Token);

        x.Server.Requests[^1].Query.ShouldNotContain("since_id");
        x.Server.Requests[^1].Query.ShouldContain("query=new%20query");
    }

    [Fact]
    public async Task A_mention_that_also_matches_the_listening_query_is_returned_once_as_an_owned_channel_item()
    {
        await using var x = await XHarness.StartAsync();
        var body = File.ReadAllText(SocialFixtures.PathOf("x/samples/sns-sdks__python-twitter/testdata/apis/searches/search_tweets_query.json"));
        x.Server.Respond("GET", "/2/users/17200003/mentions", 200, body);
        x.Server.Respond("GET", "/2/tweets/search/recent", 200, body);

        var result = await x.Connector.PollAsync(new ChannelPollRequest("x-snowman", "17200003", "snowman", null), XHarness.Token);

        result.Events.Count.ShouldBe(4);
        result.Events.ShouldAllBe(e => !e.FromListening);
    }
}
