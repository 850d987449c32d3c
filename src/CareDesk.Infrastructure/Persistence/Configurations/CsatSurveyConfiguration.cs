using CareDesk.Domain.Channels;
using CareDesk.Domain.Csat;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class CsatSurveyConfiguration : IEntityTypeConfiguration<CsatSurvey>
{
    public void Configure(EntityTypeBuilder<CsatSurvey> builder)
    {
        builder.Property(survey => survey.ChannelKey).HasMaxLength(Channel.MaxKeyLength);
        builder.Property(survey => survey.TokenHash).HasMaxLength(CsatSurvey.TokenHashLength);
        builder.HasIndex(survey => survey.TokenHash).IsUnique();
        builder.HasIndex(survey => survey.CaseId);
        builder.Property(survey => survey.Delivery).HasConversion<string>().HasMaxLength(30);
        builder.Property(survey => survey.Comment).HasMaxLength(CsatSurvey.MaxCommentLength);
    }
}
