using CareDesk.Application.Abstractions;
using CareDesk.Application.Pharmacovigilance;
using CareDesk.Domain.MedicalInformation;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Quality;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.LinkedRecords;

/// <summary>Reads the PV intakes, Quality complaints and MI requests of some cases, keyed by case: the cross-reference they share.</summary>
internal static class LinkedRecordLookup
{
    public const string PvIntakeKind = "pv_intake";
    public const string ProductComplaintKind = "product_complaint";
    public const string MedicalInformationKind = "medical_information_request";

    public static async Task<ILookup<Guid, LinkedRecordDto>> RecordsOfAsync(this IAppDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        var intakes = await db.PvIntakes.AsNoTracking().Where(item => caseIds.Contains(item.CaseId)).ToListAsync(cancellationToken);
        var complaints = await db.ProductComplaints.AsNoTracking().Where(item => caseIds.Contains(item.CaseId)).ToListAsync(cancellationToken);
        var requests = await db.MedicalInformationRequests.AsNoTracking().Where(item => caseIds.Contains(item.CaseId)).ToListAsync(cancellationToken);
        return intakes.Select(item => (item.CaseId, Of(item)))
            .Concat(complaints.Select(item => (item.CaseId, Of(item))))
            .Concat(requests.Select(item => (item.CaseId, Of(item))))
            .ToLookup(pair => pair.CaseId, pair => pair.Item2);
    }

    public static LinkedRecordDto Of(PvIntake intake) => new(PvIntakeKind, "Pharmacovigilance", intake.SafetyReportId,
        intake.SpecialSituations.Count == 0
            ? $"{intake.Classification}: {intake.Event.Evidence ?? "event to confirm"}"
            : $"{intake.Classification}: {intake.Event.Evidence ?? "event to confirm"}; {string.Join(", ", intake.SpecialSituations.Select(SpecialSituationNames.Display))}",
        intake.HandedOffAt is null);

    public static LinkedRecordDto Of(ProductComplaint complaint) => new(ProductComplaintKind, "Quality", complaint.Id.ToString(),
        $"{complaint.Product}: {complaint.Defect ?? "complaint"}; lot {complaint.LotStatus}", complaint.IsDraft);

    public static LinkedRecordDto Of(MedicalInformationRequest request) => new(MedicalInformationKind, "Medical Information", request.Id.ToString(),
        string.Join(", ", new[] { "medical question", request.IsOffLabel ? "off-label" : null, request.IsPaediatric ? "paediatric" : null }.OfType<string>()),
        request.IsDraft);
}
