using CareDesk.Connectors.Tests.Fixtures;

namespace CareDesk.Connectors.Tests.Harness;

/// <summary>The fake server itself: it must replay recordings faithfully or every connector test is suspect.</summary>
public sealed class FakeApiServerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replays_a_recorded_response_with_its_status_headers_and_body_on_127_0_0_1()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_hide_and_unhide_reply.json"));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await http.PutAsync("2/tweets/1344794616005066752/hidden", new StringContent("{\"hidden\":true}"), Token);

        server.BaseAddress.Host.ShouldBe("127.0.0.1");
        ((int)response.StatusCode).ShouldBe(200);
        response.Headers.GetValues("x-rate-limit-limit").ShouldBe(["50"]);
        (await response.Content.ReadAsStringAsync(Token)).ShouldBe("{\"data\":{\"hidden\":true}}");
        server.Requests.Single().Body.ShouldBe("{\"hidden\":true}");
    }

    [Fact]
    public async Task Answers_501_and_records_a_request_nothing_was_recorded_for()
    {
        await using var server = await FakeApiServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await http.GetAsync("2/tweets/search/recent?query=x", Token);

        ((int)response.StatusCode).ShouldBe(501);
        server.Unmatched.Single().Path.ShouldBe("/2/tweets/search/recent");
        server.Unmatched.Single().Query.ShouldBe("?query=x");
    }

    [Fact]
    public void Every_file_in_the_manifest_exists_where_the_manifest_says()
    {
        var files = SocialFixtures.ManifestFiles();

        files.Count.ShouldBeGreaterThan(100);
        files.Where(file => !File.Exists(SocialFixtures.PathOf(file))).ShouldBeEmpty();
    }
}
