using CareDesk.Domain.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class IngestDeadLetterConfiguration : IEntityTypeConfiguration<IngestDeadLetter>
{
    public void Configure(EntityTypeBuilder<IngestDeadLetter> builder)
    {
        builder.Property(letter => letter.MessageId).HasMaxLength(400);
        builder.Property(letter => letter.ChannelKey).HasMaxLength(100);
        builder.Property(letter => letter.ConversationKey).HasMaxLength(400);
        builder.Property(letter => letter.Reason).HasMaxLength(IngestDeadLetter.MaxReasonLength);
        builder.Property(letter => letter.SourceQueue).HasMaxLength(200);
        // The dead-letter queue is at-least-once too: a re-delivered dead letter is recognised, not stored twice.
        builder.HasIndex(letter => letter.MessageId).IsUnique();
        builder.HasIndex(letter => letter.DeadLetteredAt);
    }
}
