using CareDesk.Domain.Cases;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Users;
using CareDesk.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareDesk.Infrastructure.Persistence.Configurations;

public sealed class PvIntakeConfiguration : IEntityTypeConfiguration<PvIntake>
{
    public void Configure(EntityTypeBuilder<PvIntake> builder)
    {
        builder.HasIndex(intake => intake.CaseId).IsUnique();
        builder.HasIndex(intake => intake.CaseNumber).IsUnique();
        builder.HasIndex(intake => intake.IcsrMessageId);
        builder.HasOne<Case>().WithOne().HasForeignKey<PvIntake>(intake => intake.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(intake => intake.SafetyReportId).HasMaxLength(PvIntake.MaxReportIdLength);
        builder.Property(intake => intake.DuplicateOfReportId).HasMaxLength(PvIntake.MaxReportIdLength);
        builder.Property(intake => intake.IcsrMessageId).HasMaxLength(PvIntake.MaxReportIdLength);
        builder.Property(intake => intake.AckReceiverReportNumber).HasMaxLength(PvIntake.MaxReportIdLength);
        builder.Property(intake => intake.AckCode).HasMaxLength(2);
        builder.Property(intake => intake.AckDetail).HasMaxLength(4000);
        builder.Property(intake => intake.Causality).HasMaxLength(PvIntake.MaxCausalityLength);
        builder.Property(intake => intake.FollowUpException).HasMaxLength(500);
        builder.Property(intake => intake.ReporterCountry).HasMaxLength(2);
        builder.Property(intake => intake.CriteriaConfirmedBy).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(intake => intake.HandedOffBy).HasMaxLength(UserAccount.MaxUserNameLength);
        builder.Property(intake => intake.ReportType).HasConversion<string>().HasMaxLength(20);
        builder.Property(intake => intake.ReporterQualification).HasConversion<string>().HasMaxLength(30);
        builder.Property(intake => intake.Reporter).HasJsonConversion();
        builder.Property(intake => intake.Patient).HasJsonConversion();
        builder.Property(intake => intake.Product).HasJsonConversion();
        builder.Property(intake => intake.Event).HasJsonConversion();
        builder.Property(intake => intake.Seriousness).HasJsonConversion();
        builder.Property(intake => intake.FollowUps).HasJsonConversion();
        builder.Property(intake => intake.SpecialSituations).HasJsonConversion();
        builder.Property(intake => intake.AdditionalReactions).HasJsonConversion();
        builder.Property(intake => intake.PatientSex).HasConversion<string>().HasMaxLength(10);
        builder.Property(intake => intake.PatientAgeGroup).HasConversion<string>().HasMaxLength(20);
        builder.Property(intake => intake.EventLanguage).HasMaxLength(PvIntake.LanguageCodeLength).HasDefaultValue("eng");
        builder.Property(intake => intake.EventTranslation).HasJsonConversion();
        builder.Property(intake => intake.EventMeddra).HasJsonConversion();
        builder.Property(intake => intake.EventPreCode).HasJsonConversion();
        builder.Property(intake => intake.EventRecodeReason).HasMaxLength(PvIntake.MaxRecodeReasonLength);
    }
}
