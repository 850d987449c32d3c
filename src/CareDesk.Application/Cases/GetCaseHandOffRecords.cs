using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Cases;

public sealed record GetCaseHandOffRecordsQuery(int CaseNumber);

public sealed record ComplaintSummaryDto(Guid Id, string Product, string? Strength, string? LotNumber, DateOnly? ExpiryDate, bool PossibleFieldAlert,
    string RecordedBy, DateTimeOffset RecordedAt, DateTimeOffset? ClosedAt);

public sealed record MedicalInformationSummaryDto(Guid Id, bool IsOffLabel, bool IsSolicited, string RoutedBy, DateTimeOffset RoutedAt, string? AnswerReference);

public sealed record CaseHandOffRecordsDto(bool OnLegalHold, string? LegalHoldReason, IReadOnlyList<ComplaintSummaryDto> Complaints,
    IReadOnlyList<MedicalInformationSummaryDto> MedicalInformation);

/// <summary>What the case page shows of the Quality complaints (R19), MI requests (R20) and legal hold of one case.</summary>
public sealed class GetCaseHandOffRecordsHandler(IAppDbContext db)
{
    public async Task<CaseHandOffRecordsDto> HandleAsync(GetCaseHandOffRecordsQuery query, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(query.CaseNumber, cancellationToken);
        var complaints = await db.ProductComplaints.AsNoTracking().Where(complaint => complaint.CaseId == subject.Id)
            .Select(complaint => new ComplaintSummaryDto(complaint.Id, complaint.Product, complaint.Strength, complaint.LotNumber, complaint.ExpiryDate,
                complaint.PossibleFieldAlert, complaint.RecordedBy, complaint.RecordedAt, complaint.ClosedAt))
            .ToListAsync(cancellationToken);
        var requests = await db.MedicalInformationRequests.AsNoTracking().Where(request => request.CaseId == subject.Id)
            .Select(request => new MedicalInformationSummaryDto(request.Id, request.IsOffLabel, request.IsSolicited, request.RoutedBy, request.RoutedAt, request.AnswerReference))
            .ToListAsync(cancellationToken);
        return new CaseHandOffRecordsDto(subject.OnLegalHold, subject.LegalHoldReason,
            [.. complaints.OrderBy(item => item.RecordedAt)], [.. requests.OrderBy(item => item.RoutedAt)]);
    }
}
