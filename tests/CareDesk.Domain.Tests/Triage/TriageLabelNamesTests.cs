using CareDesk.Domain.Triage;

namespace CareDesk.Domain.Tests.Triage;

public sealed class TriageLabelNamesTests
{
    public static TheoryData<TriageLabel> AllLabels => new(Enum.GetValues<TriageLabel>());

    [Theory]
    [MemberData(nameof(AllLabels))]
    public void TryParse_WhenGivenToNameOfLabel_RoundTripsToSameLabel(TriageLabel label)
    {
        TriageLabelNames.TryParse(label.ToName(), out var parsed).ShouldBeTrue();

        parsed.ShouldBe(label);
    }

    [Theory]
    [InlineData(TriageLabel.AdverseEvent, "adverse_event")]
    [InlineData(TriageLabel.ProductComplaint, "product_complaint")]
    [InlineData(TriageLabel.OffLabel, "off_label")]
    [InlineData(TriageLabel.CrisisSignal, "crisis_signal")]
    public void ToName_ForLabel_IsSnakeCase(TriageLabel label, string expected) => label.ToName().ShouldBe(expected);

    [Fact]
    public void TryParse_WhenUpperCaseWithSpaces_Parses()
    {
        TriageLabelNames.TryParse("  MEDICAL_INQUIRY ", out var parsed).ShouldBeTrue();

        parsed.ShouldBe(TriageLabel.MedicalInquiry);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("adverse event")]
    [InlineData("AdverseEvent")]
    public void TryParse_WhenNotAKnownName_ReturnsFalse(string? name) =>
        TriageLabelNames.TryParse(name, out _).ShouldBeFalse();

    [Fact]
    public void All_ListsOneNamePerLabel() =>
        TriageLabelNames.All.Count.ShouldBe(Enum.GetValues<TriageLabel>().Length);
}
