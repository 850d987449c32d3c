using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Reddit;

/// <summary>Recorded error answers, served where the inbox poll asks first (/message/mentions).</summary>
public sealed class RedditErrorTests
{
    private const string InvalidToken = "reddit/replay/prawcore__TestSession.test_request__with_invalid_access_token.json";
    private const string Mentions = "reddit/replay/praw__TestInbox.test_mentions.json";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ChannelPollRequest Poll => new("reddit", "Respiro", null, null);

    [Fact]
    public async Task PollAsync_401Twice_RefreshesTheTokenOnceThenThrowsAuthorizationWithoutTheToken()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var recorded = SocialFixtures.Cassette(InvalidToken).Interactions;
        reddit.Serve(recorded[0]).Serve(recorded[1], "/message/mentions").Serve(recorded[0]).Serve(recorded[1], "/message/mentions");

        var error = await Should.ThrowAsync<ChannelAuthorizationException>(() => reddit.Connector.PollAsync(Poll, Token));

        reddit.TokenRequests.Count().ShouldBe(2);
        reddit.ApiRequests.Count().ShouldBe(2);
        error.Message.ShouldContain("401");
        error.Message.ShouldNotContain("refresh-t0ken");
        error.Message.ShouldNotContain("client-s3cret");
    }

    [Fact]
    public async Task PollAsync_401ThenFreshToken_Succeeds()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var recorded = SocialFixtures.Cassette(InvalidToken).Interactions;
        var mentions = SocialFixtures.Cassette(Mentions).Interactions;
        reddit.Serve(recorded[0]).Serve(recorded[1], "/message/mentions").Serve(mentions[0]).Serve(mentions[1]).ServeEmpty("/message/comments", "/message/messages");

        var result = await reddit.Connector.PollAsync(Poll, Token);

        result.Events.Count.ShouldBe(16);
        reddit.TokenRequests.Count().ShouldBe(2);
    }

    [Theory]
    [InlineData("reddit/replay/prawcore__TestSession.test_request__forbidden.json", "/message/mentions")]
    [InlineData("reddit/replay/praw__TestInbox.test_message__unauthorized.json", "/message/messages")]
    public async Task PollAsync_403_ThrowsAuthorizationWithoutRefreshingOrRetrying(string cassette, string path)
    {
        await using var reddit = await RedditHarness.StartAsync();
        var recorded = SocialFixtures.Cassette(cassette).Interactions;
        reddit.Serve(recorded[0]).Serve(recorded[1], path).ServeEmpty([.. new[] { "/message/mentions", "/message/comments" }.Where(other => other != path)]);

        var error = await Should.ThrowAsync<ChannelAuthorizationException>(() => reddit.Connector.PollAsync(Poll, Token));

        error.Message.ShouldContain("403");
        reddit.TokenRequests.Count().ShouldBe(1);
        reddit.Server.Requests.Count(request => request.Path == path).ShouldBe(1);
        reddit.Server.Unmatched.ShouldBeEmpty();
    }

    [Fact]
    public async Task PollAsync_429WithRetryAfterAndHtmlBody_ThrowsRateLimitedUntilRetryAfterWithoutRetrying()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var recorded = SocialFixtures.Cassette("reddit/replay/prawcore__TestSession.test_request__too__many_requests__with_retry_headers.json").Interactions;
        reddit.Serve(recorded[0]).Serve(recorded[1], "/message/mentions");

        var error = await Should.ThrowAsync<ChannelRateLimitedException>(() => reddit.Connector.PollAsync(Poll, Token));

        error.RetryAt.ShouldBe(reddit.Time.GetUtcNow().AddSeconds(4));
        reddit.ApiRequests.Count().ShouldBe(1);
    }

    [Fact]
    public async Task PollAsync_TokenEndpoint429WithoutRetryHeaders_ThrowsRateLimitedForTheDefaultBackoff()
    {
        await using var reddit = await RedditHarness.StartAsync();
        reddit.Serve(SocialFixtures.Cassette("reddit/replay/prawcore__TestSession.test_request__too__many_requests__without_retry_headers.json").Interactions[0]);

        var error = await Should.ThrowAsync<ChannelRateLimitedException>(() => reddit.Connector.PollAsync(Poll, Token));

        error.RetryAt.ShouldBe(reddit.Time.GetUtcNow().AddMinutes(1));
        reddit.Server.Requests.Select(request => request.Path).ShouldBe([RedditHarness.TokenPath]);
    }

    [Fact]
    public async Task PollAsync_503ThreeTimes_RetriesThenThrowsUnavailable()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var recorded = SocialFixtures.Cassette("reddit/replay/prawcore__TestSession.test_request__service_unavailable.json").Interactions;
        reddit.Serve(recorded[0]);
        foreach (var unavailable in recorded.Skip(1))
        {
            reddit.Serve(unavailable, "/message/mentions");
        }

        var error = await Should.ThrowAsync<ChannelUnavailableException>(() => reddit.Connector.PollAsync(Poll, Token));

        error.ShouldNotBeAssignableTo<ChannelAuthorizationException>();
        error.Message.ShouldContain("503");
        reddit.ApiRequests.Count().ShouldBe(3);
        reddit.Server.Unmatched.ShouldBeEmpty();
    }
}
