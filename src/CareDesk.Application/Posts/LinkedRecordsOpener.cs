using System.Text.RegularExpressions;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Domain.Cases;
using CareDesk.Domain.Conversations;
using CareDesk.Domain.MedicalInformation;
using CareDesk.Domain.Quality;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Posts;

/// <summary>
/// One post can be an adverse event, a quality complaint and a medical question at once (R14). On arrival each label
/// opens its record in its own queue (PV intake, Quality complaint draft, MI request draft); the case they share is the
/// cross-reference, and <c>GetLinkedRecords</c> lists them side by side. A case gets at most one record of each kind.
/// </summary>
internal static partial class LinkedRecordsOpener
{
    public static async Task OpenAsync(IAppDbContext db, AuditTrail audit, PvOptions pvOptions, Case subject, Post post, string channelKey, string brand,
        CancellationToken cancellationToken)
    {
        var at = post.ReceivedAt;
        if (post.Labels.Contains(TriageLabel.AdverseEvent) && !await db.PvIntakes.AnyAsync(intake => intake.CaseId == subject.Id, cancellationToken))
        {
            await db.OpenIntakeAsync(subject, post, pvOptions, audit, at, cancellationToken);
        }

        if (post.Labels.Contains(TriageLabel.ProductComplaint) && !await db.ProductComplaints.AnyAsync(item => item.CaseId == subject.Id, cancellationToken))
        {
            var complaint = ProductComplaint.OpenFromScreening(subject.Id, ProductOf(post, brand), DefectOf(post), post.Author,
                $"{channelKey} {post.Author}", post.Text, at);
            db.ProductComplaints.Add(complaint);
            audit.Record("quality.complaint_opened", nameof(ProductComplaint), complaint.Id, null, complaint, "opened by screening; lot requested");
        }

        var asksMedicalQuestion = post.Labels.Contains(TriageLabel.MedicalInquiry) || post.Labels.Contains(TriageLabel.OffLabel);
        if (asksMedicalQuestion && !await db.MedicalInformationRequests.AnyAsync(item => item.CaseId == subject.Id, cancellationToken))
        {
            var request = MedicalInformationRequest.OpenFromScreening(subject.Id, post.Author, post.Text, post.Labels.Contains(TriageLabel.OffLabel),
                ChildMention().IsMatch(post.Text), at);
            db.MedicalInformationRequests.Add(request);
            audit.Record("medinfo.request_opened", nameof(MedicalInformationRequest), request.Id, null, request, "opened by screening");
        }
    }

    /// <summary>The suspect product the detector found, else the brand whose channel the post came in on.</summary>
    private static string ProductOf(Post post, string brand) => post.AdverseEvent?.Drugs.FirstOrDefault()?.Name is { Length: > 0 } drug
        ? char.ToUpperInvariant(drug[0]) + drug[1..]
        : brand;

    /// <summary>The complaint detector's defect kind ("complaint: device_damage"), else the rule that saw a complaint.</summary>
    private static string? DefectOf(Post post)
    {
        var hits = post.Evidence.Where(hit => hit.Label == TriageLabel.ProductComplaint).ToList();
        const string detector = "complaint: ";
        return hits.FirstOrDefault(hit => hit.Source.StartsWith(detector, StringComparison.Ordinal))?.Source[detector.Length..]
            ?? hits.FirstOrDefault()?.Source;
    }

    [GeneratedRegex(@"\b(?:(?:my|our|his|her)\s+(?:kids?|child|children|son|daughter|baby|toddler|little one)|for\s+(?:kids|children)|\d{1,2}[- ]?(?:year|yr)[- ]?old|infant|newborn)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChildMention();
}
