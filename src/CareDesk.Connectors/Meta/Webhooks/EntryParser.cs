using System.Text.Json;
using CareDesk.Application.Connectors;
using CareDesk.Connectors.Meta.Graph;

namespace CareDesk.Connectors.Meta.Webhooks;

/// <summary>One entry of a delivery: field changes (feed, mention, comments...) and Messenger-style messaging.</summary>
internal static class EntryParser
{
    public static IEnumerable<ChannelEvent> Parse(string target, string account, JsonElement entry)
    {
        var entryTime = entry.EpochTime("time");
        foreach (var change in entry.Items("changes"))
        {
            var value = change.Property("value");
            var parsed = (target, change.Text("field"), value) switch
            {
                ("page", "feed" or "mention", { } feed) => FeedChangeParser.Parse(feed, entryTime),
                ("instagram", "comments" or "live_comments", { } comment) => InstagramChangeParser.Comment(comment, entryTime),
                ("instagram", "mentions", { } mention) => InstagramChangeParser.Mention(mention, entryTime),
                // Page settings (parking, payment_options...), reactions, insights: no customer text to screen.
                _ => null,
            };
            if (parsed is not null)
            {
                yield return parsed;
            }
        }

        // standby carries the customer's messages while another app (a bot, the Page inbox) holds the thread:
        // they must be screened too, so both arrays are read the same way.
        foreach (var messaging in entry.Items("messaging").Concat(entry.Items("standby")))
        {
            if (MessagingParser.Parse(account, messaging) is { } message)
            {
                yield return message;
            }
        }
    }
}
