using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.X;

/// <summary>Mentions of the owned account (GET /2/users/:id/mentions) polled since a checkpoint.</summary>
public sealed class XMentionsPollingTests
{
    [Fact]
    public async Task Polls_mentions_of_a_handle_oldest_first_and_a_restart_asks_only_for_newer_ones()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_get_user.json"));
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_get_users_mentions.json"));
        x.Server.Respond("GET", "/2/users/783214/mentions", 200, """{"meta":{"result_count":0}}""");

        var first = await x.Connector.PollAsync(new ChannelPollRequest("x-twitter", "@Twitter", null, null), XHarness.Token);

        x.Server.Unmatched.ShouldBeEmpty();
        first.Events.Count.ShouldBe(10);
        first.Events.Select(e => e.ExternalId).ShouldBe(first.Events.Select(e => e.ExternalId).OrderBy(id => id, StringComparer.Ordinal));
        var newest = first.Events[^1];
        newest.ExternalId.ShouldBe("1578516295611748353");
        newest.Text.ShouldBe("@Twitter @TwitterSupport this is my ENTIRE feed, why do you think i want this. respond to my ticket. https://t.co/W5GxALkkZd");
        newest.Kind.ShouldBe(ChannelEventKind.Created);
        newest.IsPublic.ShouldBe(true);
        newest.FromListening.ShouldBeFalse();

        // The recording is the default payload (no created_at, no author): the time comes from the snowflake id.
        newest.OccurredAt!.Value.UtcDateTime.ShouldBe(new DateTime(2022, 10, 7, 22, 43, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(1));
        newest.Author.ShouldBeNull();
        newest.Permalink.ShouldBe("https://x.com/i/web/status/1578516295611748353");
        first.RateLimit!.Limit.ShouldBe(450);

        // The recording carries a next_token: the second page is asked for with it.
        x.Server.Requests[^1].Query.ShouldContain("pagination_token=7140dibdnow9c7btw423i3sy3u5zupmkcpofxcsmxj48j");
        var mentionsCall = x.Server.Requests.First(r => r.Path == "/2/users/783214/mentions");
        mentionsCall.Query.ShouldContain("tweet.fields=created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,lang");
        mentionsCall.Query.ShouldContain("expansions=author_id");
        mentionsCall.Query.ShouldContain("user.fields=username,name");
        mentionsCall.Query.ShouldNotContain("since_id");
        mentionsCall.Headers["Authorization"].ShouldBe("Bearer test-app-token");

        // Restart: the stored checkpoint asks X only for what is newer than the newest id already returned.
        x.Server.Respond("GET", "/2/users/783214/mentions", 200, """{"meta":{"result_count":0}}""");
        var second = await x.Connector.PollAsync(new ChannelPollRequest("x-twitter", "@Twitter", null, first.Checkpoint), XHarness.Token);

        second.Events.ShouldBeEmpty();
        x.Server.Requests[^1].Query.ShouldContain("since_id=1578516295611748353");
        second.Checkpoint.ShouldBe(first.Checkpoint);
    }

    [Fact]
    public async Task A_backlog_longer_than_the_page_budget_continues_below_the_oldest_id_read_on_the_next_poll()
    {
        await using var x = await XHarness.StartAsync(new() { ["MaxPagesPerPoll"] = "1" });
        x.Server.Respond("GET", "/2/users/2244994945/mentions", 200, File.ReadAllText(SocialFixtures.PathOf("x/samples/sns-sdks__python-twitter/testdata/apis/timeline/timeline_mentions.json")));

        var first = await x.Connector.PollAsync(new ChannelPollRequest("x-twitterdev", "2244994945", null, null), XHarness.Token);

        first.Events.Select(e => e.ExternalId).ShouldBe(["1364367885582352386", "1364373969852366849", "1364377404156772352", "1364377794327633925", "1364398068313903104"]);
        first.Events[0].OccurredAt.ShouldBe(new DateTimeOffset(2021, 2, 24, 0, 13, 47, TimeSpan.Zero));
        first.Events[^1].Text.ShouldStartWith("@Twitter should consider supporting #VoiceMessaging");

        // The sample has a next_token: the rest is read next time, below the oldest id, and only then does since_id move.
        var second = await PollEmptyAsync(x, first.Checkpoint);
        x.Server.Requests[^1].Query.ShouldContain("until_id=1364367885582352386");
        x.Server.Requests[^1].Query.ShouldNotContain("since_id");
        second.Events.ShouldBeEmpty();

        await PollEmptyAsync(x, second.Checkpoint);
        x.Server.Requests[^1].Query.ShouldContain("since_id=1364398068313903104");
        x.Server.Requests[^1].Query.ShouldNotContain("until_id");
    }

    private static async Task<ChannelPollResult> PollEmptyAsync(XHarness x, string? checkpoint)
    {
        x.Server.Respond("GET", "/2/users/2244994945/mentions", 200, """{"meta":{"result_count":0}}""");
        return await x.Connector.PollAsync(new ChannelPollRequest("x-twitterdev", "2244994945", null, checkpoint), XHarness.Token);
    }
}
