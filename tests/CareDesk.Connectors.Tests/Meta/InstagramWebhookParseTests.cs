using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta;
using CareDesk.Connectors.Meta.Webhooks;
using CareDesk.Connectors.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>Instagram webhooks (object "instagram") arrive on the same callback and are verified the same way.</summary>
public sealed class InstagramWebhookParseTests
{
    private static WebhookDelivery Parse(string fixture) =>
        new MetaWebhookConnector(Options.Create(new MetaOptions())).Parse(SocialFixtures.Bytes(fixture)).ShouldHaveSingleItem();

    [Fact]
    public void A_2021_comment_carries_author_media_and_parent()
    {
        var delivery = Parse("instagram/webhooks/restfb__restfb/instagram/wh-comments-2021.json");
        var comment = delivery.Events.ShouldHaveSingleItem();

        delivery.AccountId.ShouldBe("0");
        comment.Kind.ShouldBe(ChannelEventKind.Created);
        comment.ExternalId.ShouldBe("123456789");
        comment.Text.ShouldBe("This is an example.");
        comment.Author.ShouldBe("testuser");
        comment.AuthorPlatformId.ShouldBe("1234536447");
        comment.ThreadId.ShouldBe("76543987");
        comment.ParentId.ShouldBe("987654321");
        comment.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1519399307));
        comment.IsPublic.ShouldBe(true);
    }

    [Theory]
    [InlineData("instagram/webhooks/restfb__restfb/instagram/wh-comments.json")]
    [InlineData("instagram/webhooks/restfb__restfb/instagram/wh-livecomments.json")]
    public void Legacy_and_live_comments_keep_id_text_and_entry_time(string fixture)
    {
        var comment = Parse(fixture).Events.ShouldHaveSingleItem();

        comment.Kind.ShouldBe(ChannelEventKind.Created);
        comment.ExternalId.ShouldBe("123456789");
        comment.Text.ShouldBe("This is an example.");
        comment.Author.ShouldBeNull();
        comment.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1519399307));
    }

    [Fact]
    public void A_mention_names_only_ids_and_has_no_text_until_it_is_read_from_graph()
    {
        var mention = Parse("instagram/webhooks/restfb__restfb/instagram/wh-mentions.json").Events.ShouldHaveSingleItem();

        mention.Kind.ShouldBe(ChannelEventKind.Created);
        mention.ExternalId.ShouldBe("17887498072083520");
        mention.ThreadId.ShouldBe("17887498072083520");
        mention.Text.ShouldBeNull();
        mention.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1519399310));
    }

    [Fact]
    public void A_direct_message_with_an_unsupported_attachment_is_kept_with_the_attachment_link()
    {
        var delivery = Parse("instagram/webhooks/restfb__restfb/instagram/messaging-attachment-unsupported.json");
        var message = delivery.Events.ShouldHaveSingleItem();

        delivery.AccountId.ShouldBe("17841452691600098");
        message.ExternalId.ShouldStartWith("aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDUyNjkxNjAwMDk4");
        message.IsPublic.ShouldBe(false);
        message.Author.ShouldBe("5614879045272581");
        message.ThreadId.ShouldBe("dm:17841452691600098:5614879045272581");
        message.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1668022333735));
        message.Text.ShouldBeNull();
        var attachment = message.Attachments.ShouldNotBeNull().ShouldHaveSingleItem();
        attachment.Kind.ShouldBe("unsupported_type");
        attachment.Url.ShouldStartWith("https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17997515821557846");
    }

    [Fact]
    public void A_seen_receipt_is_not_a_customer_post()
    {
        var delivery = Parse("instagram/webhooks/restfb__restfb/instagram/messaging-seen.json");

        delivery.AccountId.ShouldBe("17841452691600098");
        delivery.Events.ShouldBeEmpty();
    }
}
