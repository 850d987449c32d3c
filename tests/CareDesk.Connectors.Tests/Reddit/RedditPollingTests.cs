using System.Text;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Reddit;

public sealed class RedditPollingTests
{
    private const string Mentions = "reddit/replay/praw__TestInbox.test_mentions.json";
    private const string CommentReplies = "reddit/replay/praw__TestInbox.test_comment_replies.json";
    private const string Message = "reddit/replay/praw__TestInbox.test_message.json";
    private const string Search = "reddit/replay/praw__TestSubreddit.test_search.json";
    private const string SubmissionComments = "reddit/replay/praw__TestSubmission.test_comments.json";
    private const string CommentRefresh = "reddit/replay/praw__TestComment.test_refresh.json";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollAsync_Inbox_ReturnsMentionsRepliesAndMessagesOldestFirstWithOneTokenRefresh()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var mentions = SocialFixtures.Cassette(Mentions).Interactions;
        reddit.Serve(mentions[0]).Serve(mentions[1])
            .Serve(SocialFixtures.Cassette(CommentReplies).Interactions[1])
            .Serve(SocialFixtures.Cassette(Message).Interactions[1], "/message/messages");

        var result = await reddit.Connector.PollAsync(new ChannelPollRequest("reddit-respiro", "Respiro", null, null), Token);

        result.Events.Count.ShouldBe(16 + 64 + 1);
        result.Events.Select(item => item.OccurredAt!.Value).ShouldBeInOrder(SortDirection.Ascending);
        var mention = result.Events.Single(item => item.ExternalId == "t1_ekftbox");
        (mention.Author, mention.AuthorPlatformId, mention.ThreadId, mention.ParentId, mention.IsPublic).ShouldBe(("2Botter2Loop", "t2_3efd9zdo", "t3_bb24k7", "t3_bb24k7", (bool?)true));
        mention.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1554774308));
        mention.Permalink.ShouldBe("https://www.reddit.com/r/RemovedByBotter/comments/bb24k7/just_a_normal_girl_going_for_her_10th_class_exam/ekftbox/?context=3");
        var reply = result.Events.Single(item => item.ExternalId == "t1_mynqwvd");
        (reply.Text, reply.ThreadId, reply.ParentId).ShouldBe(("Comment Body", "t3_1j7g9uj", "t1_myngt77"));
        var message = result.Events.Single(item => item.ExternalId == "t4_30rhflk");
        (message.Author, message.Text, message.IsPublic, message.ThreadId, message.Permalink).ShouldBe(("Lil_SpazTest", "Test\n\nTest", (bool?)false, "t4_30rhflk", (string?)null));
        result.RateLimit.ShouldBe(new RateLimitSnapshot(10_000, 9_323, reddit.Time.GetUtcNow().AddSeconds(52)));

        var token = reddit.TokenRequests.Single();
        token.Headers["Authorization"].ShouldBe("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("client-id:client-s3cret")));
        token.Body.ShouldBe("grant_type=refresh_token&refresh_token=refresh-t0ken");
        reddit.ApiRequests.ShouldAllBe(request => request.Headers["Authorization"] == "bearer <ACCESS_TOKEN>" && request.Headers["User-Agent"] == "test:caredesk:1.0 (by /u/caredesk-test)");
        reddit.Server.Unmatched.ShouldBeEmpty();
    }

    [Fact]
    public async Task PollAsync_RestartWithReturnedCheckpoint_ReturnsNothingAgainAndReadsNoOlderPage()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var mentions = SocialFixtures.Cassette(Mentions).Interactions;
        reddit.Serve(mentions[0]).Serve(mentions[1]).ServeEmpty("/message/comments", "/message/messages");
        var first = await reddit.Connector.PollAsync(new ChannelPollRequest("reddit", "Respiro", null, null), Token);
        reddit.Serve(mentions[1]).ServeEmpty("/message/comments", "/message/messages");

        var second = await reddit.Connector.PollAsync(new ChannelPollRequest("reddit", "Respiro", null, first.Checkpoint), Token);

        first.Events.Count.ShouldBe(16);
        second.Events.ShouldBeEmpty();
        reddit.ApiRequests.Where(request => request.Path == "/message/mentions").ShouldAllBe(request => !request.Query.Contains("after=", StringComparison.Ordinal));
        reddit.Server.Unmatched.ShouldBeEmpty();
    }

    [Fact]
    public async Task PollAsync_CheckpointOlderThanWholePage_FollowsAfterToTheNextPage()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var mentions = SocialFixtures.Cassette(Mentions).Interactions;
        reddit.Serve(mentions[0]).Serve(mentions[1]).ServeEmpty("/message/mentions", "/message/comments", "/message/messages");
        const string checkpoint = """{"mentions":{"newest":"t1_older","createdUtc":1554000000,"namesAtCreated":["t1_older"]}}""";

        var result = await reddit.Connector.PollAsync(new ChannelPollRequest("reddit", "Respiro", null, checkpoint), Token);

        result.Events.Count.ShouldBe(16);
        reddit.ApiRequests.Where(request => request.Path == "/message/mentions").Select(request => request.Query.Contains("after=t1_ekfncs9", StringComparison.Ordinal)).ShouldBe([false, true]);
    }

    [Fact]
    public async Task PollAsync_ListeningQuery_ReturnsSubmissionsFromSearchAsListening()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var search = SocialFixtures.Cassette(Search).Interactions;
        reddit.Serve(search[0]).ServeEmpty("/message/mentions", "/message/comments", "/message/messages").Serve(search[1]);

        var result = await reddit.Connector.PollAsync(new ChannelPollRequest("reddit", "Respiro", "praw oauth search", null), Token);

        result.Events.ShouldNotBeEmpty();
        result.Events.ShouldAllBe(item => item.FromListening && item.ExternalId.StartsWith("t3_", StringComparison.Ordinal) && item.ThreadId == item.ExternalId);
        var solved = result.Events.First(item => item.Text!.Contains("Problem solved with this", StringComparison.Ordinal));
        solved.Text!.ShouldStartWith(solved.Text!.Split("\n\n")[0] + "\n\n");
        solved.Permalink!.ShouldStartWith("https://www.reddit.com/r/redditdev/comments/");
        var query = reddit.ApiRequests.Single(request => request.Path == "/r/all/search").Query;
        query.ShouldContain("q=praw%20oauth%20search");
        query.ShouldContain("sort=new");
    }

    [Fact]
    public async Task PollAsync_WatchedSubmission_FlattensTheCommentTree()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var tree = SocialFixtures.Cassette(SubmissionComments).Interactions;
        reddit.Serve(tree[0]).ServeEmpty("/message/mentions", "/message/comments", "/message/messages").Serve(tree[1]);

        var result = await reddit.Connector.PollAsync(new ChannelPollRequest("reddit", "t3_2gmzqe", null, null), Token);

        result.Events.Select(item => (item.ExternalId, item.Author, item.ParentId)).ShouldBe([
            ("t3_2gmzqe", "bboe", null), ("t1_cklfmye", "paneer_burrito", "t3_2gmzqe"), ("t1_cklhv0f", "bboe", "t1_cklfmye")]);
        result.Events.ShouldAllBe(item => item.ThreadId == "t3_2gmzqe" && item.IsPublic == true);
        result.Events[0].Text!.ShouldStartWith("[PRAW] HTTPS enabled PRAW testing needed\n\n");
    }

    [Fact]
    public async Task PollAsync_SubmissionWithCommentContext_ReturnsCommentUnderItsSubmission()
    {
        await using var reddit = await RedditHarness.StartAsync();
        var refresh = SocialFixtures.Cassette(CommentRefresh).Interactions;
        reddit.Serve(refresh[0]).ServeEmpty("/message/mentions", "/message/comments", "/message/messages").Serve(refresh[2], "/comments/54hhwl");

        var result = await reddit.Connector.PollAsync(new ChannelPollRequest("reddit", "t3_54hhwl", null, null), Token);

        var comment = result.Events.Single(item => item.ExternalId == "t1_d81vwef");
        (comment.Author, comment.ThreadId, comment.ParentId, comment.OccurredAt).ShouldBe(("bboe", "t3_54hhwl", "t3_54hhwl", (DateTimeOffset?)DateTimeOffset.FromUnixTimeSeconds(1474842803)));
        comment.Text!.ShouldStartWith("That appears to be a bug in that PRAW4");
        result.Events[0].ExternalId.ShouldBe("t3_54hhwl");
    }
}
