using CareDesk.Classification.Signals;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>Product-quality complaints over hand-written labelled examples (see <see cref="ComplaintExamples"/>).</summary>
public sealed class ComplaintDetectorTests
{
    public static TheoryData<string, string> ComplaintCases => new(ComplaintExamples.Complaints);

    public static TheoryData<string> NotComplaintCases => new(ComplaintExamples.NotComplaints);

    [Theory]
    [MemberData(nameof(ComplaintCases))]
    public void Detect_WhenTextReportsQualityDefect_ReturnsComplaintWithDefect(string text, string defect)
    {
        var finding = ComplaintDetector.Detect(text);

        finding.IsComplaint.ShouldBeTrue();
        finding.Defect.ShouldBe(defect);
        text[finding.Start!.Value..finding.End!.Value].ShouldBe(finding.Evidence);
    }

    [Theory]
    [MemberData(nameof(NotComplaintCases))]
    public void Detect_WhenTextIsNoQualityDefect_ReturnsNone(string text) =>
        ComplaintDetector.Detect(text).ShouldBe(ComplaintFinding.None);

    [Fact]
    public void Detect_OverLabelledExamples_MeetsPrecisionAndRecallFloor()
    {
        var outcomes = ComplaintExamples.Complaints
            .Select(example => (true, ComplaintDetector.Detect(example.Text).IsComplaint, ComplaintDetector.Detect(example.Text).IsComplaint))
            .Concat(ComplaintExamples.NotComplaints.Select(text => (false, ComplaintDetector.Detect(text).IsComplaint, false)));

        var score = PrecisionRecall.Count(outcomes);

        TestContext.Current.TestOutputHelper?.WriteLine(score.Report("Complaint"));
        score.Precision.ShouldBeGreaterThanOrEqualTo(0.9);
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Detect_WhenEmojiPrecedeDefect_ReturnsUtf16Offsets()
    {
        const string text = "😡😡😡 my pen won't click";

        var finding = ComplaintDetector.Detect(text);

        finding.Start.ShouldBe(10);
        finding.Evidence.ShouldBe("pen won't click");
        finding.End.ShouldBe(text.Length);
    }
}
