using CareDesk.Classification.Signals;
using CareDesk.Domain.Triage;

namespace CareDesk.Classification.Screening;

/// <summary>Complaint and question findings as triage hits, so they show as evidence like any rule.</summary>
internal static class FindingHits
{
    public static IEnumerable<RuleHit> From(ComplaintFinding complaint, QuestionFinding question)
    {
        if (complaint.IsComplaint)
        {
            yield return Hit($"complaint: {complaint.Defect}", TriageLabel.ProductComplaint, Priority.High, complaint.Evidence, complaint.Start, complaint.End);
        }

        if (question.IsMedicalInquiry)
        {
            yield return Hit("medical question", TriageLabel.MedicalInquiry, Priority.Normal, question.Evidence, question.Start, question.End);
        }

        if (question.IsOffLabel)
        {
            yield return Hit($"off-label: {question.Product} for {question.AskedIndication}", TriageLabel.OffLabel, Priority.Normal, question.Evidence, question.Start, question.End);
        }
    }

    private static RuleHit Hit(string source, TriageLabel label, Priority priority, string? evidence, int? start, int? end) =>
        new(source, label, priority, evidence ?? string.Empty, start ?? 0, (end ?? 0) - (start ?? 0));
}
