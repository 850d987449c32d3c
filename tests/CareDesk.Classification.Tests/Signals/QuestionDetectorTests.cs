using CareDesk.Classification.Products;
using CareDesk.Classification.Signals;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>Medical-information and off-label questions over hand-written labelled examples (see <see cref="QuestionExamples"/>).</summary>
public sealed class QuestionDetectorTests
{
    private readonly QuestionDetector _detector = new(QuestionExamples.Products);

    public static TheoryData<string, string, string> OffLabelCases => new(QuestionExamples.OffLabel);

    public static TheoryData<string, string?> MedicalInquiryCases => new(QuestionExamples.MedicalInquiry);

    public static TheoryData<string> NeitherCases => new(QuestionExamples.Neither);

    [Theory]
    [MemberData(nameof(OffLabelCases))]
    public void Detect_WhenQuestionAsksAboutUnapprovedUse_FlagsOffLabelWithProductAndUse(string text, string product, string asked)
    {
        var finding = _detector.Detect(text);

        finding.IsOffLabel.ShouldBeTrue();
        finding.IsMedicalInquiry.ShouldBeTrue();
        finding.Product.ShouldBe(product);
        finding.AskedIndication.ShouldBe(asked);
        text[finding.Start!.Value..finding.End!.Value].ShouldBe(finding.Evidence);
    }

    [Theory]
    [MemberData(nameof(MedicalInquiryCases))]
    public void Detect_WhenQuestionIsOnLabelMedicalInformation_FlagsInquiryOnly(string text, string? product)
    {
        var finding = _detector.Detect(text);

        finding.IsMedicalInquiry.ShouldBeTrue();
        finding.IsOffLabel.ShouldBeFalse();
        finding.Product.ShouldBe(product);
    }

    [Theory]
    [MemberData(nameof(NeitherCases))]
    public void Detect_WhenTextIsNoMedicalQuestion_ReturnsNone(string text) =>
        _detector.Detect(text).ShouldBe(QuestionFinding.None);

    [Fact]
    public void Detect_OverLabelledExamples_MeetsPrecisionAndRecallFloors()
    {
        var all = QuestionExamples.OffLabel.Select(example => (example.Text, Medical: true, OffLabel: true))
            .Concat(QuestionExamples.MedicalInquiry.Select(example => (example.Text, Medical: true, OffLabel: false)))
            .Concat(QuestionExamples.Neither.Select(text => (Text: text, Medical: false, OffLabel: false)))
            .Select(example => (example, Found: _detector.Detect(example.Text)))
            .ToList();

        var medical = PrecisionRecall.Count(all.Select(pair => (pair.example.Medical, pair.Found.IsMedicalInquiry, pair.Found.IsMedicalInquiry)));
        var offLabel = PrecisionRecall.Count(all.Select(pair => (pair.example.OffLabel, pair.Found.IsOffLabel, pair.Found.IsOffLabel)));

        TestContext.Current.TestOutputHelper?.WriteLine(medical.Report("Medical inquiry"));
        TestContext.Current.TestOutputHelper?.WriteLine(offLabel.Report("Off-label"));
        medical.Precision.ShouldBeGreaterThanOrEqualTo(0.9);
        medical.Recall.ShouldBeGreaterThanOrEqualTo(0.9);
        offLabel.Precision.ShouldBeGreaterThanOrEqualTo(0.9);
        offLabel.Recall.ShouldBeGreaterThanOrEqualTo(0.85);
    }

    [Fact]
    public void Detect_WhenEmojiPrecedeQuestion_ReturnsUtf16Offsets()
    {
        const string text = "🤔💊 Great stuff! Can I take DrugX for weight loss?";

        var finding = _detector.Detect(text);

        finding.Start.ShouldBe(text.IndexOf("Can", StringComparison.Ordinal));
        finding.End.ShouldBe(text.Length);
        finding.Evidence.ShouldBe("Can I take DrugX for weight loss?");
    }

    [Fact]
    public void Detect_WhenR14AcceptancePostIsGiven_FlagsPaediatricOffLabel()
    {
        var detector = new QuestionDetector(new ProductConfiguration([new ConfiguredProduct("DrugX", [], ["plaque psoriasis"])]));

        var finding = detector.Detect("The DrugX pen was cracked and I got a skin infection at the injection site, is it OK to use it off-label for my kid?");

        finding.IsOffLabel.ShouldBeTrue();
        finding.Product.ShouldBe("DrugX");
    }
}
