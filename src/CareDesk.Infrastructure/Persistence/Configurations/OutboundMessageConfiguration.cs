using CareDesk.Domain.Channels;
using CareDesk.Domain.Csat;
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
        builder.HasIndex(message => message.CsatSurveyId).IsUnique();
        builder.HasOne<CsatSurvey>().WithMany().HasForeignKey(message => message.CsatSurveyId).OnDelete(DeleteBehavior.Restrict);
        // Exactly one of reply and survey: the outbox never carries an orphan message.
        builder.ToTable(table => table.HasCheckConstraint("CK_Outbox_ReplyOrSurvey", "(\"ReplyId\" IS NULL) <> (\"CsatSurveyId\" IS NULL)"));
    }
}
