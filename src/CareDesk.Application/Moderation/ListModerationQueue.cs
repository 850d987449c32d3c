using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Moderation;

namespace CareDesk.Application.Moderation;

/// <param name="Show">"open" (awaiting screening or hidden, the default), "all", or a state: visible, hidden, removed.</param>
public sealed record ListModerationQueueQuery(string? Show = null, int Limit = 200);

/// <summary>The moderation queue: comments awaiting a screening decision first, oldest first, then hidden ones.</summary>
public sealed class ListModerationQueueHandler(IAppDbContext db, ICurrentActor actor)
{
    public async Task<IReadOnlyList<ModeratedItemDto>> HandleAsync(ListModerationQueueQuery query, CancellationToken cancellationToken)
    {
        ModerationAccess.Require(actor);
        var show = (query.Show ?? "open").Trim().ToLowerInvariant();
        IQueryable<ModeratedItem> items = db.ModeratedItems;
        items = show switch
        {
            "open" => items.Where(item => item.ScreenedAt == null || item.State == ModerationState.Hidden),
            "all" => items,
            _ when Enum.TryParse<ModerationState>(show, ignoreCase: true, out var state) => items.Where(item => item.State == state),
            _ => throw ValidationFailedException.For("show", "Show 'open', 'all', 'visible', 'hidden' or 'removed'."),
        };
        var found = await ModeratedItemLookup.ProjectAsync(db, items, cancellationToken);
        return found.Take(Math.Clamp(query.Limit, 1, 500)).ToList();
    }
}
