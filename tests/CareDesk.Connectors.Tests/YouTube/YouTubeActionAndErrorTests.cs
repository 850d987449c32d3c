using System.Text.Json.Nodes;
using CareDesk.Application.Connectors;
using static CareDesk.Connectors.Tests.YouTube.YouTubeHarness;

namespace CareDesk.Connectors.Tests.YouTube;

public sealed class YouTubeActionAndErrorTests
{
    private const string ReplyInserted = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comments/insert_response.json";
    private const string ThreadInserted = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comment_threads/insert_response.json";
    private const string QuotaExceeded = "youtube/observed/youtube_403_quota_exceeded.json";
    private const string AllToMe = "youtube/samples/sns-sdks__python-youtube/testdata/apidata/comment_threads/comment_threads_all_to_me.json";

    // 06:00 on Monday 23 November 2026 in Los Angeles (PST, UTC-8).
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Ugy_CAftKrIUCyPr9GR4AaABAg")]
    [InlineData("Ugy_CAftKrIUCyPr9GR4AaABAg.9iPXEClD9lW9iPXLqKy_Pt")]
    public async Task ExecuteAsync_ReplyToCommentOrReply_InsertsUnderTopLevelCommentWithOAuth(string target)
    {
        await using var youtube = await StartAsync(Now);
        youtube.Serve("POST", Comments, ReplyInserted);

        var result = await youtube.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Reply, "yt", null, target, "wow"), Token);

        result.ShouldBe(new ChannelActionResult(true, "Ugy_CAftKrIUCyPr9GR4AaABAg.9iPXEClD9lW9iPXLqKy_Pt"));
        var sent = youtube.Server.Requests.Single();
        sent.Query.ShouldBe("?part=snippet");
        sent.Headers["Authorization"].ShouldBe("Bearer test-access-token");
        var snippet = JsonNode.Parse(sent.Body)!["snippet"]!;
        (snippet["parentId"]!.GetValue<string>(), snippet["textOriginal"]!.GetValue<string>()).ShouldBe(("Ugy_CAftKrIUCyPr9GR4AaABAg", "wow"));
    }

    [Fact]
    public async Task ExecuteAsync_ReplyToVideo_StartsTopLevelCommentThread()
    {
        await using var youtube = await StartAsync(Now);
        youtube.Serve("POST", Threads, ThreadInserted);

        var result = await youtube.Connector.ExecuteAsync(new ChannelAction(ChannelActionKind.Reply, "yt", null, "JE8xdDp5B8Q", "Sun from the api"), Token);

        result.ShouldBe(new ChannelActionResult(true, "Ugx_5P8rmn4vKbN6wwt4AaABAg"));
        var snippet = JsonNode.Parse(youtube.Server.Requests.Single().Body)!["snippet"]!;
        snippet["videoId"]!.GetValue<string>().ShouldBe("JE8xdDp5B8Q");
        snippet["topLevelComment"]!["snippet"]!["textOriginal"]!.GetValue<string>().ShouldBe("Sun from the api");
    }

    [Theory]
    [InlineData(ChannelActionKind.Hide, "heldForReview")]
    [InlineData(ChannelActionKind.Unhide, "published")]
    [InlineData(ChannelActionKind.Remove, "rejected")]
    public async Task ExecuteAsync_Moderation_SetsModerationStatus(ChannelActionKind kind, string status)
    {
        await using var youtube = await StartAsync(Now);
        youtube.Server.Respond("POST", "/youtube/v3/comments/setModerationStatus", 204, string.Empty);

        var result = await youtube.Connector.ExecuteAsync(new ChannelAction(kind, "yt", null, "UgyUBI0HsgL9emxcZpR4AaABAg"), Token);

        result.Succeeded.ShouldBeTrue();
        var sent = youtube.Server.Requests.Single();
        sent.Query.ShouldBe($"?id=UgyUBI0HsgL9emxcZpR4AaABAg&moderationStatus={status}");
        sent.Headers["Authorization"].ShouldBe("Bearer test-access-token");
    }

    [Fact]
    public async Task PollAsync_QuotaExceeded_StopsCallingUntilMidnightPacific()
    {
        await using var youtube = await StartAsync(Now);
        youtube.Serve("GET", Threads, QuotaExceeded, status: 403);
        var request = new ChannelPollRequest("yt", "UCa-vrCLQHviTOVnEKDOdetQ", null, null);
        var midnightPacific = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(-8));

        var spent = await Should.ThrowAsync<ChannelQuotaExceededException>(() => youtube.Connector.PollAsync(request, Token));
        youtube.Time.Advance(TimeSpan.FromHours(17)); // 23:00 Pacific
        var stillSpent = await Should.ThrowAsync<ChannelQuotaExceededException>(() => youtube.Connector.PollAsync(request, Token));

        spent.RetryAt.ShouldBe(midnightPacific);
        spent.Message.ShouldContain("quotaExceeded");
        stillSpent.RetryAt.ShouldBe(midnightPacific);
        youtube.Server.Requests.Count.ShouldBe(1);

        youtube.Time.Advance(TimeSpan.FromHours(1));
        youtube.Serve("GET", Threads, AllToMe).Server.Respond("GET", Comments, 200, """{"items":[]}""");
        var afterReset = await youtube.Connector.PollAsync(request, Token);
        afterReset.Events.Count.ShouldBe(4);
        afterReset.RateLimit!.Remaining.ShouldBe(9_998);
    }

    [Theory]
    [InlineData("2026-07-01T12:00:00Z", "2026-07-02T07:00:00Z")] // PDT, UTC-7
    [InlineData("2026-11-24T07:59:00Z", "2026-11-24T08:00:00Z")] // one minute before midnight PST
    public void NextReset_IsTheNextMidnightInLosAngeles(string now, string expected) =>
        CareDesk.Connectors.YouTube.YouTubeQuota.NextReset(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("youtube/samples/sns-sdks__python-youtube/testdata/apidata/error_permission_resp.json", 403, "PERMISSION_DENIED")]
    [InlineData("youtube/samples/sns-sdks__python-youtube/testdata/error_response.json", 400, "keyInvalid")]
    public async Task PollAsync_PermissionDeniedOrInvalidKey_ThrowsAuthorizationWithoutRetry(string fixture, int status, string reason)
    {
        await using var youtube = await StartAsync(Now);
        youtube.Serve("GET", Threads, fixture, status);

        var error = await Should.ThrowAsync<ChannelAuthorizationException>(() => youtube.Connector.PollAsync(new ChannelPollRequest("yt", "UCa-vrCLQHviTOVnEKDOdetQ", null, null), Token));

        error.Message.ShouldContain(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        error.Message.ShouldNotContain("test-api-key");
        youtube.Server.Requests.Count.ShouldBe(1);
        (reason == "keyInvalid" ? error.Message.Contains("keyInvalid", StringComparison.Ordinal) : error.Message.Contains("SERVICE_UNAVAILABLE", StringComparison.Ordinal)).ShouldBeTrue();
    }

    [Fact]
    public async Task PollAsync_ServerErrorsBeyondRetries_ThrowsUnavailableAfterFourAttempts()
    {
        await using var youtube = await StartAsync(Now);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            youtube.Server.Respond("GET", Threads, 503, """{"error":{"code":503,"message":"Backend Error"}}""");
        }

        var error = await Should.ThrowAsync<ChannelUnavailableException>(() => youtube.Connector.PollAsync(new ChannelPollRequest("yt", "UCa-vrCLQHviTOVnEKDOdetQ", null, null), Token));

        error.ShouldNotBeOfType<ChannelAuthorizationException>();
        error.Message.ShouldContain("503");
        youtube.Server.Requests.Count.ShouldBe(4);
    }
}
