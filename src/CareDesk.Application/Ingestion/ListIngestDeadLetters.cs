using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Ingestion;

public sealed record IngestDeadLetterDto(Guid Id, string MessageId, string? ChannelKey, string? ConversationKey, string Reason, string SourceQueue, int DeliveryCount, DateTimeOffset DeadLetteredAt, string Body);

/// <summary>The newest dead letters first, for a supervisor to see what the bus could not store and why.</summary>
public sealed class ListIngestDeadLettersHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<IngestDeadLetterDto>> HandleAsync(int limit, CancellationToken cancellationToken)
    {
        return await db.IngestDeadLetters.AsNoTracking().OrderByDescending(letter => letter.DeadLetteredAt).Take(Math.Clamp(limit, 1, 1000))
            .Select(letter => new IngestDeadLetterDto(letter.Id, letter.MessageId, letter.ChannelKey, letter.ConversationKey, letter.Reason,
                letter.SourceQueue, letter.DeliveryCount, letter.DeadLetteredAt, letter.Body))
            .ToListAsync(cancellationToken);
    }
}
