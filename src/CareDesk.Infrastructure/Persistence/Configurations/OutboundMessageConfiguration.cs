using CareDesk.Domain.Channels;
using CareDesk.Domain.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class OutboundMessageConfiguration : IEntityTypeConfiguration<OutboundMessage>
{
    public void Configure(EntityTypeBuilder<OutboundMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(message => message.ChannelKey).HasMaxLength(Channel.MaxKeyLength);
        builder.Property(message => message.InReplyToExternalId).HasMaxLength(200);
        builder.Property(message => message.Status).HasMaxLength(20);
        builder.HasIndex(message => message.ReplyId).IsUnique();
        builder.HasOne<Reply>().WithMany().HasForeignKey(message => message.ReplyId).OnDelete(DeleteBehavior.Restrict);
    }
}
