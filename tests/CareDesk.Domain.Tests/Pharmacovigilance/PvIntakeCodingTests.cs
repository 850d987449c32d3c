using CareDesk.Domain.Channels;
using CareDesk.Domain.Common;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Meddra;
using CareDesk.Domain.Pharmacovigilance.Rules;
using static CareDesk.Domain.Tests.Pharmacovigilance.PvIntakeTestData;

namespace CareDesk.Domain.Tests.Pharmacovigilance;

public sealed class PvIntakeCodingTests
{
    private static readonly MeddraCoding SkinRash = new("26.0", 90000001, "Skin rash (synthetic)", 90001000, "Rash (synthetic)");

    [Theory]
    [InlineData(DataCollectionSource.Organic, ReportType.Spontaneous)]
    [InlineData(DataCollectionSource.CompanySurvey, ReportType.Solicited)]
    [InlineData(DataCollectionSource.ChatbotFlow, ReportType.Solicited)]
    [InlineData(DataCollectionSource.PatientSupportProgramme, ReportType.Solicited)]
    [InlineData(DataCollectionSource.MarketResearch, ReportType.Solicited)]
    public void R2_the_report_type_follows_the_data_collection_source(DataCollectionSource source, ReportType expected) =>
        ReportTypes.From(source).ShouldBe(expected);

    [Fact]
    public void R11_a_current_llt_moves_to_the_new_version_and_a_retired_one_is_flagged_and_blocks_export()
    {
        var kept = NewIntake();
        var retired = NewIntake();
        kept.CodeEvent(SkinRash);
        retired.CodeEvent(SkinRash);
        var releaseId = Guid.NewGuid();

        kept.Revalidate("26.1", MeddraTerm.Of(releaseId, SkinRash.LltCode, SkinRash.LltName, 90001001, "Rash new PT", isCurrent: true)).ShouldBeTrue();
        retired.Revalidate("26.1", MeddraTerm.Of(releaseId, SkinRash.LltCode, SkinRash.LltName, SkinRash.PtCode, SkinRash.PtName, isCurrent: false)).ShouldBeTrue();

        kept.EventMeddra.ShouldBe(SkinRash with { Version = "26.1", PtCode = 90001001, PtName = "Rash new PT" });
        Should.NotThrow(() => kept.CheckExportable(meddraLoaded: true));
        retired.EventMeddra.ShouldBe(SkinRash);
        Should.Throw<BusinessRuleViolationException>(() => retired.CheckExportable(meddraLoaded: true)).RuleName.ShouldBe(nameof(RetiredLltMustBeRecodedRule));
        kept.Revalidate("26.1", null).ShouldBeFalse(); // already on that version: nothing to re-validate
    }

    [Fact]
    public void R11_an_open_pre_code_alone_cannot_be_submitted_and_an_uncoded_event_only_once_a_release_is_loaded()
    {
        var intake = NewIntake();
        Should.NotThrow(() => intake.CheckExportable(meddraLoaded: false));
        Should.Throw<BusinessRuleViolationException>(() => intake.CheckExportable(meddraLoaded: true)).RuleName.ShouldBe(nameof(EventMustBeMeddraCodedRule));

        intake.PreCodeEvent(new PreCode("CTCAE v5", "CT-1", "Rash maculo-papular"));

        Should.Throw<BusinessRuleViolationException>(() => intake.CheckExportable(meddraLoaded: false)).Message.ShouldBe("non-MedDRA pre-code cannot be submitted");
        intake.CodeEvent(SkinRash);
        Should.NotThrow(() => intake.CheckExportable(meddraLoaded: true));
    }

    [Fact]
    public void R17_machine_translation_is_labelled_with_engine_and_version_and_human_translation_with_the_translator()
    {
        new EventTranslation("Rash after DrugX", true, "deepl", "2026-01", SaturdayLate).Label.ShouldBe("MT by deepl 2026-01");
        new EventTranslation("Rash after DrugX", false, "alice", null, SaturdayLate).Label.ShouldBe("human translation by alice");
    }
}
