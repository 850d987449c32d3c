using CareDesk.Classification.Signals;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>Reporter-role hints over hand-written labelled examples (see <see cref="ReporterRoleExamples"/>).</summary>
public sealed class ReporterRoleDetectorTests
{
    public static TheoryData<string, ReporterKind, string?> Cases => new(ReporterRoleExamples.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detect_WhenTextIsLabelled_ReturnsLabelledRoleAndEvidence(string text, ReporterKind kind, string? evidence)
    {
        var role = ReporterRoleDetector.Detect(text);

        role.Kind.ShouldBe(kind);
        role.Evidence.ShouldBe(evidence);
        if (evidence is not null)
        {
            text[role.Start!.Value..role.End!.Value].ShouldBe(evidence);
        }
    }

    [Fact]
    public void Detect_OverLabelledExamples_MeetsPrecisionAndRecallFloor()
    {
        var outcomes = ReporterRoleExamples.All.Select(example =>
        {
            var kind = ReporterRoleDetector.Detect(example.Text).Kind;
            return (example.Kind != ReporterKind.Unknown, kind != ReporterKind.Unknown, kind == example.Kind);
        });

        var score = PrecisionRecall.Count(outcomes);

        TestContext.Current.TestOutputHelper?.WriteLine(score.Report("Reporter role"));
        score.Precision.ShouldBeGreaterThanOrEqualTo(0.9);
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Detect_WhenEmojiPrecedeCue_ReturnsUtf16Offsets()
    {
        const string text = "🩺💊 As a nurse, I see this a lot";

        var role = ReporterRoleDetector.Detect(text);

        role.Kind.ShouldBe(ReporterKind.HealthcareProfessional);
        role.Start.ShouldBe(5);
        role.End.ShouldBe(15);
    }

    [Fact]
    public void Detect_WhenProfessionalAlsoWritesInFirstPerson_PrefersProfessional() =>
        ReporterRoleDetector.Detect("I feel like my patients on DrugX do better").Kind.ShouldBe(ReporterKind.HealthcareProfessional);
}
