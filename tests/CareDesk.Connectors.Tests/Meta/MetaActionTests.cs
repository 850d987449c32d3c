using System.Text.Json;
using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>What CareDesk sends to Graph when an agent replies, messages, hides or removes.</summary>
public sealed class MetaActionTests
{
    private static readonly DateTimeOffset Now = new(2023, 7, 14, 10, 0, 0, TimeSpan.Zero);
    private const string Comment = "245778718206154_229887283291835";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ChannelAction Action(ChannelActionKind kind, string target, string? text = null, string? recipient = null) =>
        new(kind, "fb-cardiozen", MetaTestHost.PageId, target, text, recipient);

    [Fact]
    public async Task A_reply_posts_the_message_under_the_comment_and_returns_the_new_id()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("POST", "/v21.0/245778718206154/comments", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/comments/create_resp.json"));

        var result = await host.Facebook.ExecuteAsync(Action(ChannelActionKind.Reply, "245778718206154", "Please call 1-800-555-0100 & ask for medical information"), Token);

        result.Succeeded.ShouldBeTrue();
        result.ExternalId.ShouldBe(Comment);
        var request = host.Server.Requests.Single();
        request.Headers["Content-Type"].ShouldStartWith("application/x-www-form-urlencoded");
        request.Body.ShouldBe("message=Please+call+1-800-555-0100+%26+ask+for+medical+information");
    }

    [Fact]
    public async Task A_private_reply_to_a_comment_goes_through_the_send_api_with_the_comment_as_recipient()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("POST", "/v21.0/me/messages", 200, MetaTestHost.Sample("facebook/samples/restfb__restfb/v2_6/sendresponse.json"));

        var result = await host.Facebook.ExecuteAsync(Action(ChannelActionKind.PrivateMessage, Comment, "We sent you a private message"), Token);

        result.ExternalId.ShouldBe("mid.1456970487936:c34767dfe57ee6e339");
        using var body = JsonDocument.Parse(host.Server.Requests.Single().Body);
        body.RootElement.GetProperty("recipient").GetProperty("comment_id").GetString().ShouldBe(Comment);
        body.RootElement.GetProperty("message").GetProperty("text").GetString().ShouldBe("We sent you a private message");
        body.RootElement.GetProperty("messaging_type").GetString().ShouldBe("RESPONSE");
    }

    [Fact]
    public async Task A_messenger_answer_goes_to_the_person_of_the_conversation()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("POST", "/v21.0/me/messages", 200, MetaTestHost.Sample("facebook/samples/restfb__restfb/v2_6/sendresponse.json"));

        await host.Facebook.ExecuteAsync(Action(ChannelActionKind.PrivateMessage, "dm:19292868552:1008372609250235", "Hello"), Token);

        using var body = JsonDocument.Parse(host.Server.Requests.Single().Body);
        body.RootElement.GetProperty("recipient").GetProperty("id").GetString().ShouldBe("1008372609250235");
    }

    [Theory]
    [InlineData(ChannelActionKind.Hide, "is_hidden=true")]
    [InlineData(ChannelActionKind.Unhide, "is_hidden=false")]
    public async Task Hiding_and_unhiding_a_facebook_comment_posts_is_hidden_to_the_comment(ChannelActionKind kind, string form)
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("POST", $"/v21.0/{Comment}", 200, "{\"success\":true}");

        (await host.Facebook.ExecuteAsync(Action(kind, Comment), Token)).Succeeded.ShouldBeTrue();

        host.Server.Requests.Single().Body.ShouldBe(form);
    }

    [Fact]
    public async Task Removing_a_comment_deletes_it_and_a_refusal_is_not_a_success()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("DELETE", $"/v21.0/{Comment}", 200, "{\"success\":false}");

        (await host.Facebook.ExecuteAsync(Action(ChannelActionKind.Remove, Comment), Token)).Succeeded.ShouldBeFalse();
        host.Server.Requests.Single().Method.ShouldBe("DELETE");
    }

    [Fact]
    public async Task On_instagram_a_reply_goes_to_replies_and_hiding_uses_hide()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("POST", "/v21.0/17892250648466172/replies", 200, "{\"id\":\"17900000000000001\"}");
        host.Server.Respond("POST", "/v21.0/17892250648466172", 200, "{\"success\":true}");

        (await host.Instagram.ExecuteAsync(Action(ChannelActionKind.Reply, "17892250648466172", "Thanks"), Token)).ExternalId.ShouldBe("17900000000000001");
        (await host.Instagram.ExecuteAsync(Action(ChannelActionKind.Hide, "17892250648466172"), Token)).Succeeded.ShouldBeTrue();

        host.Server.Requests.Select(request => request.Body).ShouldBe(["message=Thanks", "hide=true"]);
    }

    [Fact]
    public async Task An_account_without_a_token_is_an_authorization_problem_and_nothing_is_sent()
    {
        await using var host = await MetaTestHost.StartAsync(Now, new Dictionary<string, string?> { ["Connectors:Meta:DefaultAccessToken"] = string.Empty });

        await Should.ThrowAsync<ChannelAuthorizationException>(() => host.Facebook.ExecuteAsync(Action(ChannelActionKind.Hide, Comment), Token));

        host.Server.Requests.ShouldBeEmpty();
    }
}
