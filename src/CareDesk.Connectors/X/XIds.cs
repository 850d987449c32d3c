namespace CareDesk.Connectors.X;

/// <summary>X ids are decimal snowflakes: ordering them orders by time, and their top bits carry the creation time.</summary>
internal static class XIds
{
    private const long TwitterEpochMilliseconds = 1288834974657;

    // Ids below this predate snowflakes (November 2010) and carry no timestamp.
    private const ulong FirstSnowflake = 29_700_859_247;

    public static int Compare(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        var byLength = left.Length.CompareTo(right.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(left, right);
    }

    public static string? Max(string? left, string? right) => Compare(left, right) >= 0 ? left : right;

    public static string? Min(string? left, string? right) => left is null ? right : right is null ? left : Compare(left, right) <= 0 ? left : right;

    /// <summary>The creation time encoded in a snowflake id, for payloads that came without created_at.</summary>
    public static DateTimeOffset? TimeOf(string id) =>
        ulong.TryParse(id, out var value) && value >= FirstSnowflake
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(value >> 22) + TwitterEpochMilliseconds)
            : null;
}
