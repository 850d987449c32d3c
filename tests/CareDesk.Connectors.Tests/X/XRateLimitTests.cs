using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;
using CareDesk.Connectors.X;

namespace CareDesk.Connectors.Tests.X;

/// <summary>x-rate-limit-* headers, 429 (never retried, wait until reset), 5xx retries and unreadable bodies.</summary>
public sealed class XRateLimitTests
{
    private const string ProblemBody429 = "x/observed/x_v2_429_problem_body.json";

    [Fact]
    public async Task A_429_throws_rate_limited_until_x_rate_limit_reset_and_is_not_retried()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__tweet_lookup_429_rate_limited.json"));

        var error = await Should.ThrowAsync<ChannelRateLimitedException>(() => x.Get<XTweetLookupClient>().GetAsync("20", XHarness.Token));

        error.RetryAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1593185073));
        error.Message.ShouldContain("Rate limit exceeded");
        x.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task After_a_429_no_call_is_made_before_the_reset_and_one_is_made_after_it()
    {
        await using var x = await XHarness.StartAsync(now: new DateTimeOffset(2020, 6, 26, 15, 20, 0, TimeSpan.Zero));
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__user_by_username_429_rate_limited.json"));
        var users = x.Get<XUsersClient>();

        await Should.ThrowAsync<ChannelRateLimitedException>(() => users.GetByUsernameAsync("TwitterDev", XHarness.Token));
        var local = await Should.ThrowAsync<ChannelRateLimitedException>(() => users.GetByUsernameAsync("TwitterDev", XHarness.Token));

        local.RetryAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1593185073));
        x.Server.Requests.Count.ShouldBe(1);

        x.Time.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(1593185074));
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__user_by_username_fields.json"));
        (await users.GetByUsernameAsync("TwitterDev", XHarness.Token)).Id.ShouldBe("2244994945");
        x.Server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_window_reported_as_spent_on_a_200_blocks_the_next_call_until_reset()
    {
        await using var x = await XHarness.StartAsync(now: new DateTimeOffset(2020, 6, 26, 15, 0, 0, TimeSpan.Zero));
        var reset = new DateTimeOffset(2020, 6, 26, 15, 10, 0, TimeSpan.Zero);
        var spent = new Dictionary<string, string> { ["x-rate-limit-limit"] = "15", ["x-rate-limit-remaining"] = "0", ["x-rate-limit-reset"] = reset.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        x.Server.Respond("GET", "/2/tweets/20", 200, """{"data":{"id":"20","text":"just setting up my twttr"}}""", spent);

        await x.Get<XTweetLookupClient>().GetAsync("20", XHarness.Token);
        var error = await Should.ThrowAsync<ChannelRateLimitedException>(() => x.Get<XTweetLookupClient>().GetAsync("20", XHarness.Token));

        error.RetryAt.ShouldBe(reset);
        x.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_429_json_problem_without_headers_waits_the_configured_default()
    {
        await using var x = await XHarness.StartAsync(new() { ["DefaultRateLimitWait"] = "00:15:00" });
        x.Server.Respond("GET", "/2/tweets/search/recent", 429, File.ReadAllText(SocialFixtures.PathOf(ProblemBody429)));

        var error = await Should.ThrowAsync<ChannelRateLimitedException>(() => x.Connector.PollAsync(new ChannelPollRequest("x-brand", null, "cardiozen", null), XHarness.Token));

        error.RetryAt.ShouldBe(x.Time.GetUtcNow().AddMinutes(15));
        error.Message.ShouldContain("Too Many Requests");
        x.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_filtered_stream_too_many_connections_429_waits_until_reset()
    {
        await using var x = await XHarness.StartAsync(now: new DateTimeOffset(2020, 7, 9, 15, 57, 37, TimeSpan.Zero));
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__filtered_stream_connect_429_too_many_connections.json"));

        var error = await Should.ThrowAsync<ChannelRateLimitedException>(async () =>
        {
            await foreach (var _ in x.Get<XFilteredStream>().ReadAsync(XHarness.Token))
            {
            }
        });

        error.RetryAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1594310686));
        error.Message.ShouldContain("TooManyConnections");
    }

    [Fact]
    public async Task A_transient_5xx_is_retried_by_the_resilience_pipeline()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Respond("GET", "/2/tweets/1293593516040269825", 503, """{"title":"Service Unavailable"}""");
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_get_tweet.json"));

        var result = await x.Get<XTweetLookupClient>().GetAsync("1293593516040269825", XHarness.Token);

        result.Events.Single().ExternalId.ShouldBe("1293593516040269825");
        x.Server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_lasting_5xx_becomes_channel_unavailable_after_the_retries()
    {
        await using var x = await XHarness.StartAsync(new() { ["MaxRetries"] = "2" });
        for (var i = 0; i < 3; i++)
        {
            x.Server.Respond("GET", "/2/users/783214/mentions", 500, """{"title":"Internal Error"}""");
        }

        var error = await Should.ThrowAsync<ChannelUnavailableException>(() => x.Connector.PollAsync(new ChannelPollRequest("x-brand", "783214", null, null), XHarness.Token));

        error.ShouldNotBeOfType<ChannelRateLimitedException>();
        error.Message.ShouldContain("500");
        x.Server.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_reply_that_fails_with_5xx_is_not_retried_so_it_cannot_post_twice()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Respond("POST", "/2/tweets", 503, """{"title":"Service Unavailable"}""");

        await Should.ThrowAsync<ChannelUnavailableException>(() => x.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Reply, "x-brand", null, "20", "Hello"), XHarness.Token));

        x.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_an_unavailable_channel_not_an_empty_poll()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Respond("GET", "/2/users/783214/mentions", 200, "<html>maintenance</html>", new Dictionary<string, string> { ["content-type"] = "text/html" });

        var error = await Should.ThrowAsync<ChannelUnavailableException>(() => x.Connector.PollAsync(new ChannelPollRequest("x-brand", "783214", null, null), XHarness.Token));

        error.Message.ShouldContain("not the expected JSON");
    }

    [Fact]
    public async Task A_missing_token_is_an_authorization_problem_named_by_its_setting()
    {
        await using var x = await XHarness.StartAsync(new() { ["UserAccessToken"] = "" });

        var error = await Should.ThrowAsync<ChannelAuthorizationException>(() => x.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Hide, "x-brand", null, "20"), XHarness.Token));

        error.Message.ShouldContain("Connectors:X:UserAccessToken");
        x.Server.Requests.ShouldBeEmpty();
    }
}
