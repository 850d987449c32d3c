using System.Text;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta;
using CareDesk.Connectors.Meta.Webhooks;
using CareDesk.Connectors.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace CareDesk.Connectors.Tests.Meta;

/// <summary>Page webhooks (object "page"): feed and mention changes and Messenger events, from the recorded bodies.</summary>
public sealed class FacebookWebhookParseTests
{
    private const string Page = "1234567890321";

    private static IReadOnlyList<WebhookDelivery> Parse(string fixture) =>
        new MetaWebhookConnector(Options.Create(new MetaOptions())).Parse(SocialFixtures.Bytes(fixture));

    private static ChannelEvent Single(string fixture, string account = Page)
    {
        var delivery = Parse(fixture).ShouldHaveSingleItem();
        delivery.AccountId.ShouldBe(account);
        return delivery.Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_new_comment_is_a_public_created_event_on_its_post_thread()
    {
        var comment = Single("facebook/webhooks/restfb__restfb/webhooks/feed-comment-add-211.json");

        comment.Kind.ShouldBe(ChannelEventKind.Created);
        comment.ExternalId.ShouldBe("901097836652708_903438993085259");
        comment.Text.ShouldBe("and the next one");
        comment.ThreadId.ShouldBe("1234567890321_901097836652708");
        comment.ParentId.ShouldBe("1234567890321_901097836652708");
        comment.Author.ShouldBe("Tester");
        comment.AuthorPlatformId.ShouldBe("1234567890321");
        comment.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1449135003));
        comment.IsPublic.ShouldBe(true);
        comment.Attachments.ShouldBeNull();
    }

    [Fact]
    public void A_comment_with_a_photo_keeps_the_photo_and_reads_the_older_sender_fields()
    {
        var comment = Single("facebook/webhooks/restfb__restfb/webhooks/feed-comment-add-with-photo.json");

        comment.Kind.ShouldBe(ChannelEventKind.Created);
        comment.Author.ShouldBe("Tester");
        comment.AuthorPlatformId.ShouldBe("1234567890321");
        var photo = comment.Attachments.ShouldNotBeNull().ShouldHaveSingleItem();
        photo.Kind.ShouldBe("photo");
        photo.Url.ShouldStartWith("https://scontent-fra3-1.xx.fbcdn.net/v/t31.0-8/16715996_472849323104563");
    }

    [Theory]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/feed-comment-edited-25.json", ChannelEventKind.Edited, "900728623356296_900744590021366", "Let's see the Webhooks in action :D", 1448555737)]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/feed-comment-hide.json", ChannelEventKind.Hidden, "900728623356296_900744590021366", "and the next one", 1467894562)]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/feed-comment-unhide.json", ChannelEventKind.Unhidden, "900728623356296_900744590021366", "and the next one", 1467894562)]
    public void Verbs_edited_hide_and_unhide_map_to_their_event_kinds(string fixture, ChannelEventKind kind, string id, string text, long at)
    {
        var change = Single(fixture);

        change.Kind.ShouldBe(kind);
        change.ExternalId.ShouldBe(id);
        change.Text.ShouldBe(text);
        change.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(at));
        change.ParentId.ShouldNotBeNull();
    }

    [Fact]
    public void A_removed_comment_is_a_deleted_event_timed_by_the_entry()
    {
        var removed = Single("facebook/webhooks/restfb__restfb/webhooks/feed-comment-remove-25.json");

        removed.Kind.ShouldBe(ChannelEventKind.Deleted);
        removed.ExternalId.ShouldBe("905578656204626_905579239537901");
        removed.ThreadId.ShouldBe("1234567890321_905578656204626");
        removed.Text.ShouldBeNull();
        removed.Author.ShouldBe("John Doe");
        removed.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1452107182));
    }

    [Fact]
    public void A_visitor_post_on_the_page_is_a_created_thread_root()
    {
        var post = Single("facebook/webhooks/restfb__restfb/webhooks/feed-post-add-25.json");

        post.Kind.ShouldBe(ChannelEventKind.Created);
        post.ExternalId.ShouldBe("1234567890321_7293787835232");
        post.ThreadId.ShouldBe(post.ExternalId);
        post.ParentId.ShouldBeNull();
        post.Text.ShouldBe("Let's check this");
        post.Author.ShouldBe("John Doe");
        post.AuthorPlatformId.ShouldBe("8423678347823");
        post.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1454707020));
    }

    [Fact]
    public void A_status_update_is_a_post()
    {
        var status = Single("facebook/webhooks/restfb__restfb/webhooks/feed-status-add-25.json");

        status.ExternalId.ShouldBe("1234567890321_930145403745849");
        status.Text.ShouldBe("This is just a short test message");
        status.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1448633038));
    }

    [Fact]
    public void Batched_entries_are_all_read_and_page_setting_changes_yield_no_customer_events()
    {
        var deliveries = Parse("facebook/webhooks/restfb__restfb/webhooks/feed-two-entries-25.json");

        deliveries.ShouldHaveSingleItem().AccountId.ShouldBe(Page);
        deliveries[0].Events.ShouldBeEmpty();
    }

    [Fact]
    public void Every_entry_of_a_batch_with_content_becomes_an_event_for_its_page()
    {
        // Meta batches entries of several Pages in one POST; built from two recorded entries.
        var comment = SocialFixtures.Json("facebook/webhooks/restfb__restfb/webhooks/feed-comment-add-211.json");
        var post = SocialFixtures.Json("facebook/webhooks/restfb__restfb/webhooks/feed-post-add-25.json");
        var other = post["entry"]![0]!.DeepClone();
        other["id"] = "555";
        comment["entry"]!.AsArray().Add(other);
        comment["entry"]!.AsArray().Add(post["entry"]![0]!.DeepClone());

        var deliveries = new MetaWebhookConnector(Options.Create(new MetaOptions())).Parse(Encoding.UTF8.GetBytes(comment.ToJsonString()));

        deliveries.Select(delivery => delivery.AccountId).ShouldBe([Page, "555"]);
        deliveries[0].Events.Select(item => item.ExternalId).ShouldBe(["901097836652708_903438993085259", "1234567890321_7293787835232"]);
        deliveries[1].Events.ShouldHaveSingleItem().ExternalId.ShouldBe("1234567890321_7293787835232");
    }

    [Fact]
    public void A_mention_in_a_comment_elsewhere_is_a_public_created_event()
    {
        var mention = Single("facebook/webhooks/restfb__restfb/webhooks/mention-comment-add.json");

        mention.Kind.ShouldBe(ChannelEventKind.Created);
        mention.ExternalId.ShouldBe("7363534231324_3754798971271444");
        mention.ThreadId.ShouldBe("1234567890321_7363534231324");
        mention.Text.ShouldBe("Just a test message");
        mention.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1614340862));
        mention.IsPublic.ShouldBe(true);
    }

    [Fact]
    public void A_mention_in_a_post_is_a_created_post()
    {
        var mention = Single("facebook/webhooks/restfb__restfb/webhooks/mention-post-add-real.json");

        mention.ExternalId.ShouldBe("1234567890321_98722536423179");
        mention.Text.ShouldBe("A test post message");
        mention.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1614340562));
    }

    [Fact]
    public void A_messenger_message_is_private_timed_in_milliseconds_and_threaded_by_page_and_sender()
    {
        var message = Single("facebook/webhooks/restfb__restfb/webhooks/messaging-message-basic.json", "12345654332");

        message.Kind.ShouldBe(ChannelEventKind.Created);
        message.ExternalId.ShouldBe("mid.1457764197618:41d102a3e1ae206a38");
        message.Text.ShouldBe("hello, world!");
        message.Author.ShouldBe("987654321432");
        message.AuthorPlatformId.ShouldBe("987654321432");
        message.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1457764197627));
        message.ThreadId.ShouldBe("dm:12345654332:987654321432");
        message.IsPublic.ShouldBe(false);
    }

    [Fact]
    public void A_reply_to_an_earlier_message_names_it_as_parent()
    {
        var message = Single("facebook/webhooks/restfb__restfb/webhooks/messaging-message-reply-1.json", "12345654332");

        message.ParentId.ShouldBe("very_long_id_representing_the_original_message");
        message.Text.ShouldBe("hello, world!");
    }

    [Fact]
    public void A_quick_reply_keeps_the_text_the_person_tapped()
    {
        var message = Single("facebook/webhooks/restfb__restfb/webhooks/messaging-message-quickreply.json");

        message.Text.ShouldBe("quick reply text");
        message.OccurredAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1470779510432));
        message.ThreadId.ShouldBe("dm:1234567890321:987654321432");
    }

    [Fact]
    public void A_message_with_only_an_image_has_no_text_and_one_attachment()
    {
        var message = Single("facebook/webhooks/restfb__restfb/webhooks/messaging-message-media-attachment.json", "12345654332");

        message.Text.ShouldBeNull();
        var image = message.Attachments.ShouldNotBeNull().ShouldHaveSingleItem();
        image.Kind.ShouldBe("image");
        image.Url.ShouldBe("IMAGE_URL");
    }

    [Fact]
    public void A_deleted_message_is_a_deleted_event()
    {
        var deleted = Single("facebook/webhooks/restfb__restfb/webhooks/messaging-message-isdeleted.json", "12345654332");

        deleted.Kind.ShouldBe(ChannelEventKind.Deleted);
        deleted.ExternalId.ShouldBe("message_id");
        deleted.Text.ShouldBeNull();
        deleted.ThreadId.ShouldBe("dm:12345654332:987654321432");
    }

    [Theory]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/messaging-message-basic-echo.json")]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/standby-message-basic-echo.json")]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/messaging-delivery-basic.json")]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/messaging-read-basic.json")]
    [InlineData("facebook/webhooks/restfb__restfb/webhooks/messaging-postback-basic.json")]
    public void Echoes_receipts_and_postbacks_are_not_customer_posts(string fixture)
    {
        var delivery = Parse(fixture).ShouldHaveSingleItem();

        delivery.AccountId.ShouldBe("12345654332");
        delivery.Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_customer_message_in_standby_is_screened_like_any_other()
    {
        // The recorded standby body is an echo; the same entry with is_echo removed is what a customer sends
        // while another app holds the thread, and it must not bypass screening.
        var body = SocialFixtures.Json("facebook/webhooks/restfb__restfb/webhooks/standby-message-basic-echo.json");
        body["entry"]![0]!["standby"]![0]!["message"]!.AsObject().Remove("is_echo");

        var delivery = new MetaWebhookConnector(Options.Create(new MetaOptions())).Parse(Encoding.UTF8.GetBytes(body.ToJsonString())).ShouldHaveSingleItem();

        delivery.Events.ShouldHaveSingleItem().Text.ShouldBe("hello, world!");
    }

    [Theory]
    [InlineData("{\"object\":\"page\",\"entry\":[")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[]}")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"post_id\":\"1_2\"}}]}]}")]
    public void Malformed_or_foreign_bodies_fail_loudly_so_the_raw_body_is_kept_for_replay(string body) =>
        Should.Throw<ChannelUnavailableException>(() => new MetaWebhookConnector(Options.Create(new MetaOptions())).Parse(Encoding.UTF8.GetBytes(body)));
}
