using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>Graph errors become the port's exceptions, so the poller waits, alerts or retries as each requires.</summary>
public sealed class GraphErrorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<ChannelEvent> ReadPostAsync(MetaTestHost host) => host.Facebook.GetPostAsync(MetaTestHost.PageId, "19292868552_1", Token);

    [Fact]
    public async Task Application_request_limit_403_code_4_waits_the_configured_backoff()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("GET", "/v21.0/19292868552_1", 403, MetaTestHost.Sample("facebook/observed/graph_error_4_application_request_limit.json"));

        var error = await Should.ThrowAsync<ChannelRateLimitedException>(() => ReadPostAsync(host));

        error.RetryAt.ShouldBe(Now.AddMinutes(15));
        error.Message.ShouldContain("(#4) Application request limit reached");
        host.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_business_use_case_throttle_waits_as_long_as_meta_estimates()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        var usage = "{\"112233\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":25,\"total_time\":25,\"estimated_time_to_regain_access\":42}]}";
        host.Server.Respond("GET", "/v21.0/19292868552_1", 400, "{\"error\":{\"message\":\"(#80001) There have been too many calls to this Page account.\",\"type\":\"OAuthException\",\"code\":80001,\"fbtrace_id\":\"x\"}}", new Dictionary<string, string> { ["X-Business-Use-Case-Usage"] = usage });

        var error = await Should.ThrowAsync<ChannelRateLimitedException>(() => ReadPostAsync(host));

        error.RetryAt.ShouldBe(Now.AddMinutes(42));
    }

    [Theory]
    [InlineData(17)]
    [InlineData(32)]
    [InlineData(613)]
    [InlineData(80006)]
    public async Task User_page_custom_and_messenger_throttles_are_rate_limits(int code)
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("GET", "/v21.0/19292868552_1", 400, $"{{\"error\":{{\"message\":\"throttled\",\"type\":\"OAuthException\",\"code\":{code}}}}}");

        (await Should.ThrowAsync<ChannelRateLimitedException>(() => ReadPostAsync(host))).RetryAt.ShouldBe(Now.AddMinutes(15));
    }

    [Theory]
    [InlineData("facebook/samples/restfb__restfb/exampleErrorNew.json", "Message describing the error")]
    [InlineData("facebook/samples/sns-sdks__python-facebook/testdata/error.json", "requires either app secret proof or an app token")]
    [InlineData("facebook/samples/sns-sdks__python-facebook/testdata/base/error_data.json", "requires the 'pages_read_engagement' permission")]
    public async Task Expired_tokens_and_missing_permissions_need_a_person(string fixture, string message)
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("GET", "/v21.0/19292868552_1", 400, MetaTestHost.Sample(fixture));

        var error = await Should.ThrowAsync<ChannelAuthorizationException>(() => ReadPostAsync(host));

        error.Message.ShouldContain(message);
        error.Message.ShouldNotContain(MetaTestHost.PageToken);
        host.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_server_error_is_retried_once_then_reported_as_unavailable()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("GET", "/v21.0/19292868552_1", 500, "{\"error\":{\"message\":\"An unknown error has occurred.\",\"type\":\"OAuthException\",\"code\":1,\"is_transient\":true}}");
        host.Server.Respond("GET", "/v21.0/19292868552_1", 503, "<html>Service Unavailable</html>");

        var error = await Should.ThrowAsync<ChannelUnavailableException>(() => ReadPostAsync(host));

        error.ShouldNotBeOfType<ChannelAuthorizationException>();
        error.Message.ShouldContain("HTTP 503");
        host.Server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_reply_is_never_retried_because_a_retry_could_publish_it_twice()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("POST", "/v21.0/19292868552_1/comments", 502, "bad gateway");

        await Should.ThrowAsync<ChannelUnavailableException>(() => host.Facebook.ExecuteAsync(new ChannelAction(ChannelActionKind.Reply, "fb", MetaTestHost.PageId, "19292868552_1", "Thanks"), Token));

        host.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Malformed_json_is_unavailable_with_a_clear_message()
    {
        await using var host = await MetaTestHost.StartAsync(Now);
        host.Server.Respond("GET", "/v21.0/19292868552_1", 200, "{\"id\":\"19292868552_1\",", new Dictionary<string, string> { ["content-type"] = "application/json" });

        (await Should.ThrowAsync<ChannelUnavailableException>(() => ReadPostAsync(host))).Message.ShouldContain("malformed JSON");
    }

    [Fact]
    public async Task The_token_travels_in_the_authorization_header_never_in_the_url()
    {
        await using var host = await MetaTestHost.StartAsync(Now, new Dictionary<string, string?> { ["Connectors:Meta:AppSecret"] = "app-secret" });
        host.Server.Respond("GET", "/v21.0/19292868552_1", 200, MetaTestHost.Sample("facebook/samples/sns-sdks__python-facebook/testdata/facebook/apidata/posts/single_post_data.json"));

        await ReadPostAsync(host);

        var request = host.Server.Requests.Single();
        request.Headers["Authorization"].ShouldBe("Bearer " + MetaTestHost.PageToken);
        request.Query.ShouldNotContain(MetaTestHost.PageToken);
        request.Query.ShouldContain("appsecret_proof=");
    }
}
