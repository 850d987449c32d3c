using CareDesk.Application.Connectors;
using CareDesk.Connectors.Tests.Fixtures;
using CareDesk.Connectors.X;

namespace CareDesk.Connectors.Tests.X;

/// <summary>Tweet and user lookups, including X's partial errors inside a 200.</summary>
public sealed class XLookupTests
{
    [Fact]
    public async Task Looks_up_one_tweet()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_get_tweet.json"));

        var result = await x.Get<XTweetLookupClient>().GetAsync("1293593516040269825", XHarness.Token);

        var tweet = result.Events.Single();
        tweet.Kind.ShouldBe(ChannelEventKind.Created);
        tweet.Text.ShouldStartWith("It’s finally here! 🥁 Say hello to the new #TwitterAPI.");
        result.Unreadable.ShouldBeEmpty();
    }

    [Fact]
    public async Task Looks_up_a_tweet_with_fields()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__tweet_lookup_tweet_fields.json"));

        var tweet = (await x.Get<XTweetLookupClient>().GetAsync("1275828087666679809", XHarness.Token)).Events.Single();

        tweet.AuthorPlatformId.ShouldBe("2244994945");
        tweet.OccurredAt.ShouldBe(new DateTimeOffset(2020, 6, 24, 16, 28, 14, TimeSpan.Zero));
        tweet.Text.ShouldEndWith("recent search functionality.\nhttps://t.co/IKM3zo6ngu");
    }

    [Fact]
    public async Task Looks_up_several_tweets()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_get_tweets.json"));

        var result = await x.Get<XTweetLookupClient>().GetManyAsync(["1293593516040269825", "1293595870563381249"], XHarness.Token);

        result.Events.Select(e => e.ExternalId).ShouldBe(["1293593516040269825", "1293595870563381249"]);
        x.Server.Requests.Single().Query.ShouldContain("ids=1293593516040269825%2C1293595870563381249");
    }

    [Fact]
    public async Task A_deleted_tweet_in_a_200_is_reported_as_a_deleted_event()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__tweet_lookup_deleted_200_with_errors.json"));

        var result = await x.Get<XTweetLookupClient>().GetAsync("1276230436478386177", XHarness.Token);

        var deleted = result.Events.Single();
        deleted.Kind.ShouldBe(ChannelEventKind.Deleted);
        deleted.ExternalId.ShouldBe("1276230436478386177");
    }

    [Fact]
    public async Task One_deleted_and_one_valid_tweet_give_one_created_and_one_deleted_event()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__tweets_lookup_partial_errors.json"));

        var result = await x.Get<XTweetLookupClient>().GetManyAsync(["20", "1276230436478386177"], XHarness.Token);

        result.Events.Select(e => (e.Kind, e.ExternalId)).ShouldBe([(ChannelEventKind.Created, "20"), (ChannelEventKind.Deleted, "1276230436478386177")]);
        result.Events[0].Text.ShouldBe("just setting up my twttr");
        result.Events[0].OccurredAt.ShouldBeNull();
    }

    [Fact]
    public async Task Too_many_ids_surface_x_s_own_explanation()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__tweets_lookup_400_too_many_ids.json"));
        var ids = Enumerable.Range(0, 118).Select(i => (1274087687469715457L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var error = await Should.ThrowAsync<XInvalidRequestException>(() => x.Get<XTweetLookupClient>().GetManyAsync(ids, XHarness.Token));

        error.StatusCode.ShouldBe(400);
        error.Message.ShouldContain("size [118] is not between 1 and 100");
    }

    [Fact]
    public async Task Looks_up_a_user_by_handle_with_expansions()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__user_by_username_fields.json"));

        var account = await x.Get<XUsersClient>().GetByUsernameAsync("@TwitterDev", XHarness.Token);

        account.ShouldBe(new XAccount("2244994945", "TwitterDev", "Twitter Dev"));
        x.Server.Requests.Single().Path.ShouldBe("/2/users/by/username/TwitterDev");
    }

    [Fact]
    public async Task Looks_up_a_user_by_handle_once_per_process()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_get_user.json"));

        (await x.Get<XUsersClient>().ResolveIdAsync("Twitter", XHarness.Token)).ShouldBe("783214");
        (await x.Get<XUsersClient>().ResolveIdAsync("@twitter", XHarness.Token)).ShouldBe("783214");

        x.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_handle_is_an_error_with_x_s_detail_not_an_empty_result()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/postman__user_by_username_not_found_200_with_errors.json"));

        var error = await Should.ThrowAsync<XInvalidRequestException>(() => x.Get<XUsersClient>().GetByUsernameAsync("TwitterDec", XHarness.Token));

        error.Message.ShouldContain("Could not find user with username: [TwitterDec].");
    }

    [Fact]
    public async Task Reads_the_brand_account_from_users_me()
    {
        await using var x = await XHarness.StartAsync();
        x.Server.Replay(SocialFixtures.Cassette("x/replay/tweepy__test_client_get_me.json"));
        x.Server.Respond("GET", "/2/users/me", 200, File.ReadAllText(SocialFixtures.PathOf("x/samples/sns-sdks__python-twitter/testdata/apis/user/me_resp.json")));

        var tweepy = await x.Get<XUsersClient>().GetMeAsync(XHarness.Token);
        var expanded = await x.Get<XUsersClient>().GetMeAsync(XHarness.Token);

        tweepy.ShouldBe(new XAccount("1072250532645998596", "TweepyDev", "Tweepy Testing"));
        expanded.Handle.ShouldBe("@TwitterDev");
        x.Server.Requests.ShouldAllBe(r => r.Headers["Authorization"] == "Bearer test-user-token");
    }
}
