namespace CareDesk.Connectors.X;

/// <summary>
/// The fields CareDesk asks for on every tweet read: without them X sends only id, text and edit_history_tweet_ids.
/// </summary>
internal static class XTweetFields
{
    public const string Query =
        "tweet.fields=created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,lang,attachments,edit_history_tweet_ids" +
        "&expansions=author_id,attachments.media_keys&user.fields=username,name&media.fields=type,url,preview_image_url";

    public const string DirectMessageQuery =
        "dm_event.fields=id,text,event_type,dm_conversation_id,created_at,sender_id,attachments" +
        "&event_types=MessageCreate&expansions=sender_id,attachments.media_keys&user.fields=username,name&media.fields=type,url,preview_image_url";
}
