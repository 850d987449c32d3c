namespace CareDesk.Domain.Listening;

/// <summary>
/// R43a: a listening hit that matched no product or therapy scope and was discarded at ingestion. Only a keyed hash
/// of the item's id is kept, enough to count discards and to recognise a re-delivery, never its text or author.
/// </summary>
public sealed class DiscardedListeningItem
{
    public const int HashLength = 64;

    private DiscardedListeningItem()
    {
        ItemHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ChannelId { get; private set; }

    public string ItemHash { get; private set; }

    /// <summary>The channel's listening-query version that was in force, so a scope change can be told apart in the counts.</summary>
    public int QueryVersion { get; private set; }

    public DateTimeOffset DiscardedAt { get; private set; }

    public static DiscardedListeningItem Log(Guid channelId, string itemHash, int queryVersion, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), ChannelId = channelId, ItemHash = itemHash, QueryVersion = queryVersion, DiscardedAt = at };
}
