using System.Text.Json.Nodes;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;
using static CareDesk.Connectors.Tests.YouTube.YouTubeHarness;

namespace CareDesk.Connectors.Tests.YouTube;

public sealed class YouTubePollingTests
{
    private const string AllToMe = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comment_threads/comment_threads_all_to_me.json";
    private const string RepliesPage1 = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comments/comments_by_parent_paged_1.json";
    private const string RepliesPage2 = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comments/comments_by_parent_paged_2.json";
    private const string VideoPage1 = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comment_threads/comment_threads_by_video_paged_1.json";
    private const string VideoPage2 = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comment_threads/comment_threads_by_video_paged_2.json";
    private const string ThreadsWithSearch = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comment_threads/comment_threads_with_search.json";
    private const string SingleThread = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comment_threads/comment_thread_single.json";
    private const string SingleComment = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comments/comments_single.json";
    private const string SearchByKeywords = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/search/search_by_keywords_p1.json";
    private const string Channel = "UCa-vrCLQHviTOVnEKDOdetQ";

    private static readonly DateTimeOffset Now = new(2019, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollAsync_OwnedChannel_ReturnsThreadsAndPagedRepliesOldestFirstWithQuotaSpent()
    {
        await using var youtube = await StartAsync(Now);
        youtube.Serve("GET", Threads, AllToMe).Serve("GET", Comments, RepliesPage1).Serve("GET", Comments, RepliesPage2);

        var result = await youtube.Connector.PollAsync(new ChannelPollRequest("yt-cardiozen", Channel, null, null), Token);

        result.Events.Select(item => item.ExternalId).ShouldBe([
            "UgwSRpgkjCe6OHHe3IJ4AaABAg", "Ugy0FhSzKMNMT9qs6zt4AaABAg", "Ugw5zYU6n9pmIgAZWvN4AaABAg", "UgyWeTdgc4sc1xgmbld4AaABAg",
            "Ugw5zYU6n9pmIgAZWvN4AaABAg.91zT3cYb5B291za3E-eR-l", "Ugw5zYU6n9pmIgAZWvN4AaABAg.91zT3cYb5B291za5eJxzs1", "Ugw5zYU6n9pmIgAZWvN4AaABAg.91zT3cYb5B291za6voUoRh"]);
        var top = result.Events.Single(item => item.ExternalId == "UgyWeTdgc4sc1xgmbld4AaABAg");
        top.ShouldBe(new ChannelEvent(ChannelEventKind.Created, "UgyWeTdgc4sc1xgmbld4AaABAg", "kun liu", "Hope to go next time. yah!",
            DateTimeOffset.Parse("2019-12-01T03:36:55Z", System.Globalization.CultureInfo.InvariantCulture), "UgyWeTdgc4sc1xgmbld4AaABAg", null, true,
            "https://www.youtube.com/watch?v=JE8xdDp5B8Q&lc=UgyWeTdgc4sc1xgmbld4AaABAg")
        { AuthorDisplayName = "kun liu", AuthorPlatformId = "UCNvMBmCASzTNNX8lW3JRMbw" });
        var reply = result.Events[^1];
        (reply.Text, reply.ThreadId, reply.ParentId).ShouldBe(("this is the third reply!", "Ugw5zYU6n9pmIgAZWvN4AaABAg", "Ugw5zYU6n9pmIgAZWvN4AaABAg"));
        youtube.Server.Requests[0].Query.ShouldContain($"allThreadsRelatedToChannelId={Channel}");
        youtube.Server.Requests[0].Query.ShouldContain("order=time");
        youtube.Server.Requests[0].Headers["X-goog-api-key"].ShouldBe("test-api-key");
        youtube.Server.Requests.ShouldAllBe(request => !request.Query.Contains("test-api-key"));
        youtube.Server.Requests[1].Query.ShouldContain("parentId=UgwSRpgkjCe6OHHe3IJ4AaABAg");
        youtube.Server.Requests[2].Query.ShouldContain("pageToken=R0FJeVZnbzBJTl9");
        youtube.Server.Unmatched.ShouldBeEmpty();
        result.RateLimit.ShouldBe(new RateLimitSnapshot(10_000, 9_997, new DateTimeOffset(2019, 12, 3, 0, 0, 0, TimeSpan.FromHours(-8))));
    }

    [Fact]
    public async Task PollAsync_VideoWithOlderCheckpoint_FollowsNextPageTokenAndReturnsEachThreadOnce()
    {
        await using var youtube = await StartAsync(Now);
        youtube.Serve("GET", Threads, VideoPage1).Serve("GET", Threads, VideoPage2);
        const string checkpoint = """{"since":"2019-11-01T00:00:00Z","idsAtSince":[],"replyCounts":{"UgwI_ylXVnzPS8Q-oAV4AaABAg":2}}""";

        var result = await youtube.Connector.PollAsync(new ChannelPollRequest("yt-video", "F1UP7wRCPH8", null, checkpoint), Token);

        result.Events.Select(item => item.Author).ShouldBe(["matrix uduma", "Masum Khan", "Andres Jorquera", "el bojo loco", "himani agarwal"]);
        result.Events.ShouldAllBe(item => item.Permalink!.StartsWith("https://www.youtube.com/watch?v=F1UP7wRCPH8&lc=", StringComparison.Ordinal));
        youtube.Server.Requests.Count.ShouldBe(2); // reply count unchanged: no comments.list spent on that thread
        youtube.Server.Requests[0].Query.ShouldContain("videoId=F1UP7wRCPH8");
        youtube.Server.Requests[1].Query.ShouldContain("pageToken=QURTSl9pMzdZOUVz");
    }

    [Fact]
    public async Task PollAsync_RestartWithReturnedCheckpoint_ReturnsNothingAgainAndRechecksKnownComments()
    {
        await using var youtube = await StartAsync(new DateTimeOffset(2019, 6, 23, 10, 0, 0, TimeSpan.Zero));
        youtube.Serve("GET", Threads, ThreadsWithSearch);
        var first = await youtube.Connector.PollAsync(new ChannelPollRequest("yt", Channel, null, null), Token);
        youtube.Serve("GET", Threads, ThreadsWithSearch).Serve("GET", Comments, SingleComment);

        var second = await youtube.Connector.PollAsync(new ChannelPollRequest("yt", Channel, null, first.Checkpoint), Token);

        first.Events.Single().ShouldBe(new ChannelEvent(ChannelEventKind.Created, "UgyUBI0HsgL9emxcZpR4AaABAg", "DevRagz", "Hello",
            new DateTimeOffset(2019, 6, 23, 2, 49, 0, TimeSpan.Zero), "UgyUBI0HsgL9emxcZpR4AaABAg", null, true, null)
        { AuthorDisplayName = "DevRagz", AuthorPlatformId = "UCTWlvHQQXUs-4IVfdnGOUbw" }, "channel comments have no video link");
        second.Events.ShouldBeEmpty();
        youtube.Server.Requests[^1].Path.ShouldBe(Comments);
        youtube.Server.Requests[^1].Query.ShouldContain("id=UgyUBI0HsgL9emxcZpR4AaABAg");
    }

    [Fact]
    public async Task PollAsync_KnownCommentUpdatedOrMissing_ReturnsEditedWithNewTextAndDeleted()
    {
        await using var youtube = await StartAsync(new DateTimeOffset(2019, 6, 24, 0, 0, 0, TimeSpan.Zero));
        var edited = SocialFixtures.Json(SingleComment);
        var snippet = edited["items"]![0]!["snippet"]!;
        snippet["updatedAt"] = "2019-06-23T05:00:00Z";
        snippet["textOriginal"] = "Hello, this drug gave me a headache";
        youtube.Serve("GET", Threads, SingleThread);
        youtube.Server.Respond("GET", Comments, 200, edited.ToJsonString());
        const string checkpoint = """
            {"since":"2019-06-23T02:49:00Z","idsAtSince":["UgyUBI0HsgL9emxcZpR4AaABAg"],"replyCounts":{},
             "watch":{"UgyUBI0HsgL9emxcZpR4AaABAg":{"publishedAt":"2019-06-23T02:49:00Z","updatedAt":"2019-06-23T02:49:00Z","threadId":"UgyUBI0HsgL9emxcZpR4AaABAg"},
                      "UgzGoneGoneGoneGoneGone4AaABAg":{"publishedAt":"2019-06-23T01:00:00Z","updatedAt":"2019-06-23T01:00:00Z","threadId":"UgzGoneGoneGoneGoneGone4AaABAg"}}}
            """;

        var result = await youtube.Connector.PollAsync(new ChannelPollRequest("yt-video", "D-lhorsDlUQ", null, checkpoint), Token);

        result.Events.Select(item => (item.Kind, item.ExternalId)).ShouldBe([
            (ChannelEventKind.Edited, "UgyUBI0HsgL9emxcZpR4AaABAg"), (ChannelEventKind.Deleted, "UgzGoneGoneGoneGoneGone4AaABAg")]);
        result.Events[0].Text.ShouldBe("Hello, this drug gave me a headache");
        result.Events[0].OccurredAt.ShouldBe(new DateTimeOffset(2019, 6, 23, 5, 0, 0, TimeSpan.Zero));
        youtube.Server.Requests[0].Query.ShouldContain("videoId=D-lhorsDlUQ");
        JsonNode.Parse(result.Checkpoint!)!["watch"]!.AsObject().Select(pair => pair.Key).ShouldBe(["UgyUBI0HsgL9emxcZpR4AaABAg"]);
    }

    [Fact]
    public async Task PollAsync_ListeningQuery_ReturnsSearchHitsAsListeningOnceWithDecodedTitles()
    {
        await using var youtube = await StartAsync(Now);
        youtube.Serve("GET", Search, SearchByKeywords).Serve("GET", Search, SearchByKeywords);

        var first = await youtube.Connector.PollAsync(new ChannelPollRequest("yt", null, "surfing", null), Token);
        var second = await youtube.Connector.PollAsync(new ChannelPollRequest("yt", null, "surfing", first.Checkpoint), Token);

        first.Events.Count.ShouldBe(25);
        first.Events.ShouldAllBe(item => item.FromListening && item.IsPublic == true);
        first.Events[0].ExternalId.ShouldBe("nkhpGC10OVw");
        var hit = first.Events.Single(item => item.ExternalId == "i2hewkFijuY");
        (hit.Author, hit.AuthorPlatformId, hit.ThreadId, hit.Permalink).ShouldBe(("Koa Rothman", "UC_F4Iy5korq2mEWZDQhG07w", "i2hewkFijuY", "https://www.youtube.com/watch?v=i2hewkFijuY"));
        hit.Text!.ShouldStartWith("SURFING PERFECT PIPE & BACKDOOR");
        second.Events.ShouldBeEmpty();
        youtube.Server.Requests[0].Query.ShouldContain("q=surfing");
        youtube.Server.Requests[1].Query.ShouldContain("publishedAfter=2019-12-06T08%3A25%3A39Z");
        second.RateLimit!.Remaining.ShouldBe(9_800); // search.list costs 100 units
    }
}
