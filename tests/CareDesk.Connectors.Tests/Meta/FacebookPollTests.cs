using System.Text.Json;
using System.Text.Json.Nodes;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>Catch-up polling of a Page when webhooks were missed: feed, comments with paging, Messenger inbox.</summary>
public sealed class FacebookPollTests
{
    private const string Post = "19292868552_10158407654328553";
    private const string Empty = "{\"data\":[]}";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Batch(params string[] bodies) =>
        new JsonArray([.. bodies.Select(body => (JsonNode)new JsonObject
        {
            ["code"] = 200,
            ["headers"] = new JsonArray(new JsonObject { ["name"] = "X-App-Usage", ["value"] = "{\"call_count\":12,\"total_cputime\":3,\"total_time\":5}" }),
            ["body"] = body,
        })]).ToJsonString();

    private static string Checkpoint(DateTimeOffset since, params string[] watchedPosts) =>
        new JsonObject
        {
            ["feed"] = new JsonObject { ["at"] = since, ["idsAt"] = new JsonArray() },
            ["posts"] = new JsonObject(watchedPosts.Select(post => KeyValuePair.Create(post, (JsonNode?)new JsonObject { ["createdAt"] = since, ["after"] = null }))),
            ["messages"] = new JsonObject { ["at"] = since, ["idsAt"] = new JsonArray() },
        }.ToJsonString();

    [Fact]
    public async Task The_feed_returns_new_posts_oldest_first_and_a_restart_asks_only_for_newer_ones()
    {
        await using var host = await MetaTestHost.StartAsync(new DateTimeOffset(2021, 7, 5, 0, 0, 0, TimeSpan.Zero), new Dictionary<string, string?> { ["Connectors:Meta:InitialLookback"] = "30.00:00:00" });
        host.Server.Respond("GET", "/v21.0/4/feed", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/posts/feed_fields_p1.json"));
        // The recorded page came from /4/posts, so its paging.next points there; the connector follows it as given.
        host.Server.Respond("GET", "/v21.0/4/posts", 200, Empty);
        host.Server.Respond("POST", "/", 200, Batch(Empty, Empty, Empty, Empty, Empty));
        host.Server.Respond("GET", "/v21.0/4/conversations", 200, Empty);

        var first = await host.Facebook.PollAsync(new ChannelPollRequest("fb-cardiozen", "4", null, null), Token);

        first.Events.Select(post => post.ExternalId).ShouldBe(["4_10113319652002411", "4_10113332572050531", "4_10113400535556121", "4_10113449068715281", "4_10113477241177441"]);
        var newest = first.Events[^1];
        newest.Kind.ShouldBe(ChannelEventKind.Created);
        newest.Text.ShouldBe("Happy July 4th! 🇺🇸");
        newest.OccurredAt.ShouldBe(new DateTimeOffset(2021, 7, 4, 19, 50, 58, TimeSpan.Zero));
        newest.ThreadId.ShouldBe("4_10113477241177441");
        newest.IsPublic.ShouldBe(true);
        var secondPage = host.Server.Requests.Single(request => request.Path == "/v21.0/4/posts");
        secondPage.Query.ShouldContain("until=1624385168");
        secondPage.Query.ShouldNotContain("access_token");
        host.Server.Unmatched.ShouldBeEmpty();

        host.Server.Respond("GET", "/v21.0/4/feed", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/posts/feed_fields_p1.json"));
        host.Server.Respond("POST", "/", 200, Batch(Empty, Empty, Empty, Empty, Empty));
        host.Server.Respond("GET", "/v21.0/4/conversations", 200, Empty);

        var again = await host.Facebook.PollAsync(new ChannelPollRequest("fb-cardiozen", "4", null, first.Checkpoint), Token);

        again.Events.ShouldBeEmpty();
        host.Server.Requests.Where(request => request.Path == "/v21.0/4/feed").Last().Query.ShouldContain("since=1625428258");
        host.Server.Unmatched.ShouldBeEmpty();
    }

    [Fact]
    public async Task Comments_of_a_watched_post_are_read_across_pages_and_the_cursor_resumes_after_the_last()
    {
        var now = new DateTimeOffset(2021, 8, 15, 0, 0, 0, TimeSpan.Zero);
        await using var host = await MetaTestHost.StartAsync(now);
        host.Server.Respond("GET", "/v21.0/19292868552/feed", 200, Empty);
        host.Server.Respond("POST", "/", 200, Batch(MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/comments/comments_p1.json")));
        host.Server.Respond("GET", $"/v21.0/{Post}/comments", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/comments/comments_p2.json"));
        host.Server.Respond("GET", "/v21.0/19292868552/conversations", 200, Empty);

        var result = await host.Facebook.PollAsync(new ChannelPollRequest("fb-cardiozen", "19292868552", null, Checkpoint(now.AddDays(-10), Post)), Token);

        result.Events.Count.ShouldBe(15);
        result.Events.Select(item => item.OccurredAt).ShouldBeInOrder();
        var first = result.Events[0];
        first.ExternalId.ShouldBe("10158407654328553_10158407835073553");
        first.ThreadId.ShouldBe(Post);
        first.ParentId.ShouldBe(Post);
        first.Text.ShouldBe("Boa noite peço ajuda  Como faço para usar a minha página como meu perfil?");
        first.OccurredAt.ShouldBe(new DateTimeOffset(2021, 8, 10, 18, 45, 3, TimeSpan.Zero));
        first.Permalink.ShouldBe("https://www.facebook.com/19292868552/posts/10158407654328553/?comment_id=10158407835073553");
        var reply = result.Events.Single(item => item.ExternalId == "10158407654328553_10158409983033553");
        reply.ParentId.ShouldBe("10158407654328553_10158407903973553");
        result.Events[^1].Text.ShouldBe("Mantap halo....");
        result.RateLimit.ShouldNotBeNull().Remaining.ShouldBe(88);

        var nextPage = host.Server.Requests.Single(request => request.Path == $"/v21.0/{Post}/comments");
        nextPage.Query.ShouldContain("after=after");
        nextPage.Query.ShouldNotContain("access_token");

        host.Server.Respond("GET", "/v21.0/19292868552/feed", 200, Empty);
        host.Server.Respond("POST", "/", 200, Batch(Empty));
        host.Server.Respond("GET", "/v21.0/19292868552/conversations", 200, Empty);

        var restart = await host.Facebook.PollAsync(new ChannelPollRequest("fb-cardiozen", "19292868552", null, result.Checkpoint), Token);

        restart.Events.ShouldBeEmpty();
        BatchUrls(host.Server.Requests.Last(request => request.Path == "/")).ShouldHaveSingleItem().ShouldContain("after=after");
        host.Server.Unmatched.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_error_inside_a_batch_fails_the_poll_instead_of_skipping_that_post()
    {
        var now = new DateTimeOffset(2021, 8, 15, 0, 0, 0, TimeSpan.Zero);
        await using var host = await MetaTestHost.StartAsync(now);
        host.Server.Respond("GET", "/v21.0/19292868552/feed", 200, Empty);
        host.Server.Respond("POST", "/", 200, MetaTestHost.Sample("facebook/samples/restfb__restfb/batch/batch-first-error.json"));

        var error = await Should.ThrowAsync<ChannelUnavailableException>(() =>
            host.Facebook.PollAsync(new ChannelPollRequest("fb-cardiozen", "19292868552", null, Checkpoint(now.AddDays(-1), "19292868552_1", "19292868552_2")), Token));

        error.ShouldNotBeOfType<ChannelAuthorizationException>();
        error.ShouldNotBeOfType<ChannelRateLimitedException>();
        error.Message.ShouldContain("Unsupported get request. Object with ID '2' does not exist");
        error.Message.ShouldContain("GraphMethodException");
        BatchUrls(host.Server.Requests.Single(request => request.Path == "/")).Select(url => url.Split('?')[0]).ShouldBe(["v21.0/19292868552_1/comments", "v21.0/19292868552_2/comments"]);
    }

    [Fact]
    public async Task Messenger_messages_of_updated_conversations_are_read_by_id_and_are_private()
    {
        const string Page = "2121008874780932";
        var now = new DateTimeOffset(2021, 7, 23, 12, 0, 0, TimeSpan.Zero);
        await using var host = await MetaTestHost.StartAsync(now);
        var conversations = SocialFixtures.Json("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/conversations/cvses_info.json").AsObject();
        var messages = SocialFixtures.Json("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/messages/messages_info.json").AsObject();
        host.Server.Respond("GET", $"/v21.0/{Page}/feed", 200, Empty);
        host.Server.Respond("GET", $"/v21.0/{Page}/conversations", 200, new JsonObject
        {
            ["data"] = new JsonArray([.. conversations.Select(pair => pair.Value!.DeepClone()).OrderByDescending(item => item["updated_time"]!.GetValue<string>(), StringComparer.Ordinal)]),
        }.ToJsonString());
        host.Server.Respond("GET", "/v21.0/t_233782918546745/messages", 200, new JsonObject
        {
            ["data"] = new JsonArray([.. messages.Select(pair => (JsonNode)new JsonObject { ["id"] = pair.Key, ["created_time"] = pair.Value!["created_time"]!.DeepClone() }).Reverse()]),
        }.ToJsonString());
        host.Server.Respond("GET", "/v21.0/t_587956915396498/messages", 200, Empty);
        host.Server.Respond("GET", "/v21.0/", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/messages/messages_info.json"));

        var result = await host.Facebook.PollAsync(new ChannelPollRequest("fb-cardiozen", Page, null, Checkpoint(new DateTimeOffset(2021, 7, 23, 9, 0, 0, TimeSpan.Zero))), Token);

        result.Events.Count.ShouldBe(2);
        var photo = result.Events[0];
        photo.ExternalId.ShouldBe("m_ToF35NI1OImBjyUIgplSaBMylUFmkYY4bHogy9C1otLISU6SGhccB5NK-THX_W4EdVQiKVv5SgCW9m-_C78mRA");
        photo.IsPublic.ShouldBe(false);
        photo.Author.ShouldBe("Kun Liu");
        photo.AuthorPlatformId.ShouldBe("2711636948859886");
        photo.ThreadId.ShouldBe("dm:2121008874780932:2711636948859886");
        photo.OccurredAt.ShouldBe(new DateTimeOffset(2021, 7, 23, 9, 50, 48, TimeSpan.Zero));
        photo.Attachments.ShouldNotBeNull().ShouldHaveSingleItem().MimeType.ShouldBe("image/jpeg");
        result.Events[1].Attachments.ShouldNotBeNull().ShouldHaveSingleItem().Kind.ShouldBe("video");
        var lookup = host.Server.Requests.Single(request => request.Path == "/v21.0/");
        lookup.Query.ShouldContain("ids=m_");
        host.Server.Unmatched.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_single_new_message_is_read_with_one_get_and_a_restart_does_not_return_it_again()
    {
        const string Page = "2121008874780932";
        const string Mid = "m_ToF35NI1OImBjyUIgplSaBMylUFmkYY4bHogy9C1otLISU6SGhccB5NK-THX_W4EdVQiKVv5SgCW9m-_C78mRA";
        var now = new DateTimeOffset(2021, 7, 23, 12, 0, 0, TimeSpan.Zero);
        await using var host = await MetaTestHost.StartAsync(now);
        var conversationList = "{\"data\":[{\"id\":\"t_587956915396498\",\"updated_time\":\"2021-07-23T09:50:48+0000\"}]}";
        var messageList = "{\"data\":[{\"id\":\"" + Mid + "\",\"created_time\":\"2021-07-23T09:50:48+0000\"}]}";
        host.Server.Respond("GET", $"/v21.0/{Page}/feed", 200, Empty);
        host.Server.Respond("GET", $"/v21.0/{Page}/conversations", 200, conversationList);
        host.Server.Respond("GET", "/v21.0/t_587956915396498/messages", 200, messageList);
        host.Server.Respond("GET", $"/v21.0/{Mid}", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/messages/message_info.json"));

        var result = await host.Facebook.PollAsync(new ChannelPollRequest("fb-cardiozen", Page, null, Checkpoint(now.AddHours(-6))), Token);

        var message = result.Events.ShouldHaveSingleItem();
        message.ExternalId.ShouldBe(Mid);
        message.Attachments.ShouldNotBeNull().ShouldHaveSingleItem().Url.ShouldStartWith("https://scontent-gmp1-1.xx.fbcdn.net/v/t1.15752-9/216389199_");

        host.Server.Respond("GET", $"/v21.0/{Page}/feed", 200, Empty);
        host.Server.Respond("GET", $"/v21.0/{Page}/conversations", 200, conversationList);
        host.Server.Respond("GET", "/v21.0/t_587956915396498/messages", 200, messageList);

        (await host.Facebook.PollAsync(new ChannelPollRequest("fb-cardiozen", Page, null, result.Checkpoint), Token)).Events.ShouldBeEmpty();
        host.Server.Unmatched.ShouldBeEmpty();
    }

    private static List<string> BatchUrls(ReceivedRequest request)
    {
        var form = request.Body.Split('&').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1].Replace('+', ' ')));
        return [.. JsonDocument.Parse(form["batch"]).RootElement.EnumerateArray().Select(item => Uri.UnescapeDataString(item.GetProperty("relative_url").GetString()!))];
    }
}
