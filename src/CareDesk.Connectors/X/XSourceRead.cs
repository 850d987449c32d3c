using CareDesk.Application.Connectors;

namespace CareDesk.Connectors.X;

/// <summary>What one poll read from one source: events with the id that orders them, the next cursor, the quota seen.</summary>
internal sealed record XSourceRead(IReadOnlyList<XPolledEvent> Events, XCursor Cursor, RateLimitSnapshot? RateLimit);

/// <param name="PositionId">The id X listed the item under (for an edit the new version's id), used for ordering.</param>
internal sealed record XPolledEvent(string PositionId, ChannelEvent Event);
