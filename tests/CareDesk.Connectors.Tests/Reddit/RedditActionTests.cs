using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Reddit;

public sealed class RedditActionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("reddit/replay/praw__TestComment.test_reply.json", "t1_d1616q2", "Comment reply", "t1_d1680wu")]
    [InlineData("reddit/replay/praw__TestSubmission.test_reply.json", "t3_4b1tfm", "Test reply", "t1_d162ara")]
    public async Task ExecuteAsync_Reply_PostsCommentAndReturnsNewFullname(string cassette, string target, string text, string created)
    {
        await using var reddit = await RedditHarness.StartAsync();
        foreach (var interaction in SocialFixtures.Cassette(cassette).Interactions)
        {
            reddit.Serve(interaction);
        }

        var result = await reddit.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Reply, "reddit", null, target, text), Token);

        result.ShouldBe(new ChannelActionResult(true, created));
        var sent = reddit.ApiRequests.Single();
        (sent.Method, sent.Path).ShouldBe(("POST", "/api/comment"));
        sent.Body.ShouldBe($"thing_id={target}&text={text.Replace(' ', '+')}&api_type=json");
    }

    [Fact]
    public async Task ExecuteAsync_PrivateMessageWithoutRecipient_WritesToTheTargetsAuthor()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var info = SocialFixtures.Cassette("reddit/replay/praw__TestComment.test_refresh.json").Interactions;
        var compose = SocialFixtures.Cassette("reddit/replay/praw__TestRedditor.test_message.json").Interactions;
        reddit.Serve(info[0]).Serve(info[1]).Serve(compose[2]);

        var result = await reddit.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.PrivateMessage, "reddit", null, "t1_d81vwef", "Please call us"), Token);

        result.ShouldBe(new ChannelActionResult(true));
        reddit.ApiRequests.First().Query.ShouldContain("id=t1_d81vwef");
        reddit.ApiRequests.Last().Body.ShouldBe("to=bboe&subject=Your+message&text=Please+call+us&api_type=json");
    }

    [Fact]
    public async Task ExecuteAsync_Hide_RemovesAsModeratorWithoutMarkingSpam()
    {
        await using var reddit = await RedditHarness.StartAsync();
        foreach (var interaction in SocialFixtures.Cassette("reddit/replay/praw__TestCommentModeration.test_remove.json").Interactions)
        {
            reddit.Serve(interaction);
        }

        var result = await reddit.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Hide, "reddit", null, "t1_da2g5y6"), Token);

        result.Succeeded.ShouldBeTrue();
        var sent = reddit.ApiRequests.Single();
        (sent.Path, sent.Body).ShouldBe(("/api/remove", "id=t1_da2g5y6&spam=false&api_type=json"));
    }

    [Fact]
    public async Task ExecuteAsync_Remove_DeletesOwnItemAndConfirmsItShowsDeleted()
    {
        await using var reddit = await RedditHarness.StartAsync();
        foreach (var interaction in SocialFixtures.Cassette("reddit/replay/praw__TestComment.test_delete.json").Interactions)
        {
            reddit.Serve(interaction);
        }

        var result = await reddit.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Remove, "reddit", null, "t1_d1616q2"), Token);

        result.ShouldBe(new ChannelActionResult(true));
        reddit.ApiRequests.Select(request => request.Path).ShouldBe(["/api/del", "/api/info"]);
        reddit.ApiRequests.First().Body.ShouldBe("id=t1_d1616q2&api_type=json");
    }

    [Fact]
    public async Task ExecuteAsync_UnhideAnsweredUserRequiredInside200_ThrowsAuthorization()
    {
        await using var reddit = await RedditHarness.StartAsync();
        foreach (var interaction in SocialFixtures.Cassette("reddit/replay/praw__TestObjector.test_raise_api_exception.json").Interactions)
        {
            reddit.Serve(interaction);
        }

        var error = await Should.ThrowAsync<ChannelAuthorizationException>(() =>
            reddit.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Unhide, "reddit", null, "t3_4b536h"), Token));

        error.Message.ShouldContain("USER_REQUIRED");
        reddit.ApiRequests.Single().Path.ShouldBe("/api/approve");
    }

    [Fact]
    public async Task ExecuteAsync_ReplyAnsweredRatelimitInside200_ThrowsRateLimitedUntilTheBreakEnds()
    {
        await using var reddit = await RedditHarness.StartAsync();
        reddit.Serve(SocialFixtures.Cassette("reddit/replay/praw__TestComment.test_reply.json").Interactions[0]);
        reddit.Server.Respond("POST", "/api/comment", 200, File.ReadAllText(SocialFixtures.PathOf("reddit/observed/reddit_ratelimit_json_errors.json")));

        var error = await Should.ThrowAsync<ChannelRateLimitedException>(() =>
            reddit.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Reply, "reddit", null, "t1_d1616q2", "Hello"), Token));

        error.RetryAt.ShouldBe(reddit.Time.GetUtcNow().AddMinutes(2));
        error.Message.ShouldContain("RATELIMIT");
    }
}
