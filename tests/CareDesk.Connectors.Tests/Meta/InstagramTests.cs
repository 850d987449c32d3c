using System.Text.Json.Nodes;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>Instagram polling of media comments, and reading comments, replies and mentions by id.</summary>
public sealed class InstagramTests
{
    private const string Account = "17841406338772941";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ChannelPollRequest Poll(string? checkpoint) => new("ig-cardiozen", Account, null, checkpoint);

    [Fact]
    public async Task Comments_and_their_nested_replies_on_recent_media_come_oldest_first()
    {
        await using var host = await MetaTestHost.StartAsync(new DateTimeOffset(2021, 8, 1, 0, 0, 0, TimeSpan.Zero));
        var media = SocialFixtures.Json("instagram/samples/sns-sdks__python-facebook/testdata/instagram/apidata/medias/media_default.json");
        var comment = SocialFixtures.Json("instagram/samples/sns-sdks__python-facebook/testdata/instagram/models/ig_comment.json");
        host.Server.Respond("GET", $"/v21.0/{Account}/media", 200, new JsonObject { ["data"] = new JsonArray(media) }.ToJsonString());
        host.Server.Respond("GET", "/v21.0/17896129349106152/comments", 200, new JsonObject { ["data"] = new JsonArray(comment) }.ToJsonString());

        var result = await host.Instagram.PollAsync(Poll(null), Token);

        result.Events.Count.ShouldBe(2);
        var top = result.Events[0];
        top.ExternalId.ShouldBe("17892250648466172");
        top.Text.ShouldBe("@ikroskun  Hey, guys");
        top.Author.ShouldBe("ikroskun");
        top.AuthorPlatformId.ShouldBe("17841406338772941");
        top.ThreadId.ShouldBe("17846368219941692");
        top.OccurredAt.ShouldBe(new DateTimeOffset(2020, 2, 24, 9, 15, 16, TimeSpan.Zero));
        var reply = result.Events[1];
        reply.ExternalId.ShouldBe("17845747489952795");
        reply.ParentId.ShouldBe("17892250648466172");
        reply.ThreadId.ShouldBe("17846368219941692");
        reply.Text.ShouldBe("@ikroskun Nice");
        host.Server.Unmatched.ShouldBeEmpty();
    }

    [Fact]
    public async Task Comment_pages_are_followed_once_and_a_restart_stops_at_what_was_read()
    {
        await using var host = await MetaTestHost.StartAsync(new DateTimeOffset(2020, 6, 10, 0, 0, 0, TimeSpan.Zero));
        var mediaList = "{\"data\":[{\"id\":\"17846368219941692\",\"timestamp\":\"2020-06-01T09:00:00+0000\"}]}";
        host.Server.Respond("GET", $"/v21.0/{Account}/media", 200, mediaList);
        host.Server.Respond("GET", "/v21.0/17846368219941692/comments", 200, MetaTestHost.Sample("instagram/samples/sns-sdks__python-facebook/testdata/instagram/apidata/medias/comments_p1.json"));
        host.Server.Respond("GET", "/v21.0/17846368219941692/comments", 200, MetaTestHost.Sample("instagram/samples/sns-sdks__python-facebook/testdata/instagram/apidata/medias/comments_p2.json"));

        var first = await host.Instagram.PollAsync(Poll(null), Token);

        first.Events.Select(comment => comment.ExternalId).ShouldBe(["17914413430382429", "17892250648466172", "17874875428706419", "17858154961981086"]);
        first.Events.ShouldAllBe(comment => comment.ThreadId == "17846368219941692" && comment.ParentId == "17846368219941692");
        host.Server.Requests.Last().Query.ShouldContain("after=after");
        host.Server.Requests.Last().Query.ShouldNotContain("access_token");

        host.Server.Respond("GET", $"/v21.0/{Account}/media", 200, mediaList);
        host.Server.Respond("GET", "/v21.0/17846368219941692/comments", 200, MetaTestHost.Sample("instagram/samples/sns-sdks__python-facebook/testdata/instagram/apidata/medias/comments_p1.json"));
        var requestsBefore = host.Server.Requests.Count;

        var again = await host.Instagram.PollAsync(Poll(first.Checkpoint), Token);

        again.Events.ShouldBeEmpty();
        host.Server.Requests.Count.ShouldBe(requestsBefore + 2);
        host.Server.Unmatched.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("instagram/samples/restfb__restfb/instagram/comment.json", "123456789", "Great!", null, "98765432123", "987654321")]
    [InlineData("instagram/samples/sns-sdks__python-facebook/testdata/instagram/apidata/comments/comment_fields.json", "17892250648466172", "@ikroskun Hey, guys", "ikroskun", null, null)]
    [InlineData("instagram/samples/sns-sdks__python-facebook/testdata/instagram/models/ig_reply.json", "18107567341036926", "@yjmjump sex", "ikroskun", "17841406338772941", "17955956875141196")]
    public async Task One_comment_is_read_by_its_id(string fixture, string id, string text, string? author, string? authorId, string? media)
    {
        await using var host = await MetaTestHost.StartAsync(new DateTimeOffset(2021, 8, 1, 0, 0, 0, TimeSpan.Zero));
        host.Server.Respond("GET", $"/v21.0/{id}", 200, MetaTestHost.Sample(fixture));

        var comment = (await host.Instagram.GetCommentsAsync(Account, [id], Token)).ShouldHaveSingleItem();

        comment.ExternalId.ShouldBe(id);
        comment.Text.ShouldBe(text);
        comment.Author.ShouldBe(author);
        comment.AuthorPlatformId.ShouldBe(authorId);
        comment.ThreadId.ShouldBe(media);
        comment.OccurredAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Several_comments_are_read_in_one_ids_call()
    {
        await using var host = await MetaTestHost.StartAsync(new DateTimeOffset(2021, 8, 1, 0, 0, 0, TimeSpan.Zero));
        host.Server.Respond("GET", "/v21.0/", 200, MetaTestHost.Sample("instagram/samples/sns-sdks__python-facebook/testdata/instagram/apidata/comments/comments_fields.json"));

        var comments = await host.Instagram.GetCommentsAsync(Account, ["17858154961981086", "17892250648466172"], Token);

        comments.Select(comment => (comment.ExternalId, comment.Author, comment.Text)).ShouldBe([("17858154961981086", "lixiangguodu123", "Beautiful!"), ("17892250648466172", "ikroskun", "@ikroskun  Hey, guys")]);
    }

    [Fact]
    public async Task Replies_under_a_comment_point_at_it()
    {
        await using var host = await MetaTestHost.StartAsync(new DateTimeOffset(2021, 8, 1, 0, 0, 0, TimeSpan.Zero));
        host.Server.Respond("GET", "/v21.0/17858154961981086/replies", 200, MetaTestHost.Sample("instagram/samples/sns-sdks__python-facebook/testdata/instagram/apidata/comments/replies.json"));

        var reply = (await host.Instagram.GetRepliesAsync(Account, "17858154961981086", "17846368219941692", Token)).ShouldHaveSingleItem();

        reply.ExternalId.ShouldBe("17847314687296283");
        reply.ParentId.ShouldBe("17858154961981086");
        reply.ThreadId.ShouldBe("17846368219941692");
        reply.Text.ShouldBe("@lixiangguodu123 nihao");
        reply.OccurredAt.ShouldBe(new DateTimeOffset(2020, 8, 7, 3, 30, 6, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_comment_mention_from_a_webhook_is_completed_with_its_text_and_author()
    {
        await using var host = await MetaTestHost.StartAsync(new DateTimeOffset(2021, 8, 20, 0, 0, 0, TimeSpan.Zero));
        host.Server.Respond("GET", $"/v21.0/{Account}", 200, MetaTestHost.Sample("instagram/samples/sns-sdks__python-facebook/testdata/instagram/apidata/users/mentioned_comment.json"));
        var fromWebhook = new ChannelEvent(ChannelEventKind.Created, "17967008497439572", null, null, null, ThreadId: "17889114512354744", ParentId: "17889114512354744", IsPublic: true);

        var mention = await host.Instagram.GetMentionAsync(Account, fromWebhook, Token);

        mention.ExternalId.ShouldBe("17967008497439572");
        mention.Text.ShouldBe("@ikroskun good");
        mention.Author.ShouldBe("ikroskun");
        mention.ThreadId.ShouldBe("17889114512354744");
        mention.OccurredAt.ShouldBe(new DateTimeOffset(2021, 8, 19, 9, 14, 16, TimeSpan.Zero));
        host.Server.Requests.Single().Query.ShouldContain(Uri.EscapeDataString("mentioned_comment.comment_id(17967008497439572)"));
    }

    [Fact]
    public async Task A_caption_mention_is_completed_with_the_caption()
    {
        await using var host = await MetaTestHost.StartAsync(new DateTimeOffset(2021, 8, 20, 0, 0, 0, TimeSpan.Zero));
        host.Server.Respond("GET", $"/v21.0/{Account}", 200, MetaTestHost.Sample("instagram/samples/sns-sdks__python-facebook/testdata/instagram/apidata/users/mentioned_media.json"));
        var fromWebhook = new ChannelEvent(ChannelEventKind.Created, "17889114512354744", null, null, null, ThreadId: "17889114512354744", IsPublic: true);

        var mention = await host.Instagram.GetMentionAsync(Account, fromWebhook, Token);

        mention.ExternalId.ShouldBe("17889114512354744");
        mention.Text.ShouldBe("@ikroskun hey");
        mention.Attachments.ShouldNotBeNull().ShouldHaveSingleItem().Kind.ShouldBe("carousel_album");
        host.Server.Requests.Single().Query.ShouldContain(Uri.EscapeDataString("mentioned_media.media_id(17889114512354744)"));
    }
}
