using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Ingestion;

public sealed record IngestDeadLetterDto(Guid Id, string MessageId, string? ChannelKey, string? ConversationKey, string Reason, string SourceQueue,
    int DeliveryCount, DateTimeOffset DeadLetteredAt, string Body, DateTimeOffset? ReplayedAt, string? ReplayedBy);

/// <summary>The newest dead letters first, for a supervisor to see what the bus could not store and why; open ones only unless asked.</summary>
public sealed class ListIngestDeadLettersHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<IngestDeadLetterDto>> HandleAsync(int limit, CancellationToken cancellationToken, bool includeReplayed = false)
    {
        var letters = db.IngestDeadLetters.AsNoTracking();
        if (!includeReplayed)
        {
            letters = letters.Where(letter => letter.ReplayedAt == null);
        }

        return await letters.OrderByDescending(letter => letter.DeadLetteredAt).Take(Math.Clamp(limit, 1, 1000)).Select(letter => new IngestDeadLetterDto(letter.Id, letter.MessageId, letter.ChannelKey, letter.ConversationKey, letter.Reason,
                letter.SourceQueue, letter.DeliveryCount, letter.DeadLetteredAt, letter.Body, letter.ReplayedAt, letter.ReplayedBy))
            .ToListAsync(cancellationToken);
    }
}
