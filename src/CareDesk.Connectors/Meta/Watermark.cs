namespace CareDesk.Connectors.Meta;

/// <summary>
/// "Everything up to this time is read": Graph filters by whole seconds, so the ids already returned at exactly
/// <see cref="At"/> are kept to skip them next time instead of returning them twice.
/// </summary>
internal sealed record Watermark(DateTimeOffset At, IReadOnlyList<string> IdsAt)
{
    public static Watermark Since(DateTimeOffset at) => new(at, []);

    public bool IsNew(string id, DateTimeOffset? createdAt) =>
        createdAt is null || createdAt > At || (createdAt == At && !IdsAt.Contains(id, StringComparer.Ordinal));

    public Watermark Advance(IEnumerable<(string Id, DateTimeOffset? At)> seen)
    {
        var result = this;
        foreach (var (id, at) in seen)
        {
            if (at is null || at < result.At)
            {
                continue;
            }

            result = at > result.At ? new Watermark(at.Value, [id]) : result with { IdsAt = [.. result.IdsAt, id] };
        }

        return result;
    }
}
