using System.Text.Json;
using CareDesk.Connectors.Tests.Fixtures;
using CareDesk.Connectors.X;
using CareDesk.Connectors.X.Api;

namespace CareDesk.Connectors.Tests.X;

/// <summary>
/// Published sample objects that are not an endpoint CareDesk calls (a Tweet object, an includes object, a
/// quote-tweets page) read through the connector's own JSON contract and mapper.
/// </summary>
public sealed class XPayloadMappingTests
{
    [Fact]
    public void Maps_a_full_tweet_object_with_its_expansions()
    {
        var tweet = JsonSerializer.Deserialize(File.ReadAllText(SocialFixtures.PathOf("x/samples/sns-sdks__python-twitter/testdata/models/tweet.json")), XJsonContext.Default.XTweet)!;
        var includes = JsonSerializer.Deserialize(File.ReadAllText(SocialFixtures.PathOf("x/samples/sns-sdks__python-twitter/testdata/models/expansions.json")), XJsonContext.Default.XIncludes)!;

        var mapped = XTweetMapper.FromTweet(tweet, includes, fromListening: false);

        mapped.ExternalId.ShouldBe("1212092628029698048");
        mapped.Author.ShouldBe("@TwitterDev");
        mapped.AuthorDisplayName.ShouldBe("Twitter Dev");
        mapped.ParentId.ShouldBe("1212092627178287104");
        mapped.OccurredAt.ShouldBe(new DateTimeOffset(2019, 12, 31, 19, 26, 16, TimeSpan.Zero));
        mapped.Attachments!.Single().Kind.ShouldBe("animated_gif");
        mapped.Permalink.ShouldBe("https://x.com/TwitterDev/status/1212092628029698048");
    }

    [Fact]
    public void Threads_tweets_by_conversation_id_and_names_authors_from_a_real_page()
    {
        var page = JsonSerializer.Deserialize(File.ReadAllText(SocialFixtures.PathOf("x/samples/sns-sdks__python-twitter/testdata/apis/tweet/tweet_quote_tweets_resp.json")), XJsonContext.Default.XListResponseXTweet)!;

        var events = page.Data!.Select(tweet => XTweetMapper.FromTweet(tweet, page.Includes, fromListening: true)).ToList();

        events.Count.ShouldBe(15);
        var inThread = events.Single(e => e.ExternalId == "1427332549479526400");
        inThread.ThreadId.ShouldBe("1427290387194974213");
        inThread.Author.ShouldBe("@suhemparack");
        inThread.AuthorDisplayName.ShouldBe("Suhem Parack");
        events[0].ThreadId.ShouldBe(events[0].ExternalId);
        page.Meta!.NextToken.ShouldBe("at3vehuk2txh");
    }

    [Fact]
    public void An_edited_tweet_becomes_an_edit_of_the_original_id()
    {
        // X lists every version in edit_history_tweet_ids, original first; the listed id is the newest version.
        var tweet = new XTweet("1600000000000000009", "fixed typo", EditHistoryTweetIds: ["1600000000000000001", "1600000000000000009"]);

        var mapped = XTweetMapper.FromTweet(tweet, null, fromListening: false);

        mapped.Kind.ShouldBe(Application.Connectors.ChannelEventKind.Edited);
        mapped.ExternalId.ShouldBe("1600000000000000001");
    }
}
