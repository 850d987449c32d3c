namespace CareDesk.Connectors.Tests.Meta;

/// <summary>Reading single Page objects by id, e.g. to complete a webhook event or show a thread's root post.</summary>
public sealed class FacebookLookupTests
{
    private static readonly DateTimeOffset Now = new(2021, 8, 1, 0, 0, 0, TimeSpan.Zero);
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_comment_is_read_by_its_id()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("GET", "/v21.0/10158371815748553_10158371930463553", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/comments/comment_info.json"));

        var comment = (await host.Facebook.GetCommentsAsync(MetaTestHost.PageId, ["10158371815748553_10158371930463553"], Token)).ShouldHaveSingleItem();

        comment.ExternalId.ShouldBe("10158371815748553_10158371930463553");
        comment.Text.ShouldBe("This is really nice");
        comment.ThreadId.ShouldBe("10158371815748553");
        comment.OccurredAt.ShouldBe(new DateTimeOffset(2021, 7, 21, 21, 5, 14, TimeSpan.Zero));
        comment.Permalink.ShouldBe("https://www.facebook.com/19292868552/posts/10158371815748553/?comment_id=10158371930463553");
        host.Server.Requests.Single().Query.ShouldContain("fields=");
    }

    [Fact]
    public async Task Several_comments_are_read_in_one_ids_call_in_the_order_asked()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("GET", "/v21.0/", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/comments/comments_info.json"));

        var comments = await host.Facebook.GetCommentsAsync(MetaTestHost.PageId, ["10158371815748553_10158372268858553", "10158371815748553_10158371930463553"], Token);

        comments.Select(comment => comment.ExternalId).ShouldBe(["10158371815748553_10158372268858553", "10158371815748553_10158371930463553"]);
        comments[0].Text.ShouldStartWith("Please what's happened with Facebook camera frame");
        host.Server.Requests.Single().Query.ShouldContain("ids=10158371815748553_10158372268858553%2C10158371815748553_10158371930463553");
    }

    [Fact]
    public async Task A_post_is_read_by_its_id()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("GET", "/v21.0/175154750010052_424924701699721", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/posts/single_post_data.json"));

        var post = await host.Facebook.GetPostAsync(MetaTestHost.PageId, "175154750010052_424924701699721", Token);

        post.ExternalId.ShouldBe("175154750010052_424924701699721");
        post.Text.ShouldBe("我测试一下 MyLife");
        post.OccurredAt.ShouldBe(new DateTimeOffset(2019, 8, 12, 3, 45, 11, TimeSpan.Zero));
        post.Permalink.ShouldBe("https://www.facebook.com/175154750010052/posts/424924701699721");
    }
}
