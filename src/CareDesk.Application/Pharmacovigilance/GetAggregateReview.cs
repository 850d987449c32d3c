using System.Globalization;
using System.Text;
using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record GetAggregateReviewQuery(DateTimeOffset? From, DateTimeOffset? To);

public sealed record AggregateReviewRowDto(
    int CaseNumber,
    string SafetyReportId,
    DateTimeOffset ReceivedAt,
    string Author,
    string Classification,
    string Tag,
    IReadOnlyList<SpecialSituation> SpecialSituations,
    string? Product,
    string SourceText);

/// <summary>
/// R6 aggregate review: special situations reported without an adverse event. They are not ICSRs (GVP VI.A) but PV
/// must present them in periodic safety reports, so this list is what goes to aggregate/PSUR review for a period.
/// </summary>
public sealed class GetAggregateReviewHandler(IAppDbContext db)
{
    public static readonly string[] CsvColumns = ["case_number", "safety_report_id", "received_at_utc", "author", "classification", "tag", "special_situations", "product", "source_text"];

    public async Task<IReadOnlyList<AggregateReviewRowDto>> HandleAsync(GetAggregateReviewQuery query, CancellationToken cancellationToken)
    {
        var intakes = db.PvIntakes.AsNoTracking().Where(intake => !intake.HasAdverseEvent);
        if (query.From is { } from)
        {
            intakes = intakes.Where(intake => intake.IngestedAt >= from);
        }

        if (query.To is { } to)
        {
            intakes = intakes.Where(intake => intake.IngestedAt < to);
        }

        var found = (await intakes.OrderBy(intake => intake.CaseNumber).ToListAsync(cancellationToken))
            .Where(intake => intake.IsSpecialSituationWithoutAdverseEvent)
            .ToList();
        var caseIds = found.Select(intake => intake.CaseId).ToList();
        var cases = await db.Cases.AsNoTracking().Where(item => caseIds.Contains(item.Id)).ToDictionaryAsync(item => item.Id, cancellationToken);
        var posts = (await db.Posts.AsNoTracking().Where(post => caseIds.Contains(post.CaseId)).ToListAsync(cancellationToken))
            .GroupBy(post => post.CaseId)
            .ToDictionary(group => group.Key, group => string.Join("\n\n", group.OrderBy(post => post.ReceivedAt).Select(post => post.Text)));

        return [.. found.Select(intake => new AggregateReviewRowDto(
            intake.CaseNumber, intake.SafetyReportId, intake.IngestedAt, cases[intake.CaseId].Author, intake.Classification, PvClassification.NonIcsrTag,
            intake.SpecialSituations, intake.Product.Evidence, posts.GetValueOrDefault(intake.CaseId, string.Empty)))];
    }

    public static string ToCsv(IEnumerable<AggregateReviewRowDto> rows)
    {
        var csv = new StringBuilder(CsvText.Line(CsvColumns));
        foreach (var row in rows)
        {
            csv.Append(CsvText.Line([
                row.CaseNumber.ToString(CultureInfo.InvariantCulture), row.SafetyReportId,
                row.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), row.Author, row.Classification, row.Tag,
                string.Join(';', row.SpecialSituations), row.Product, row.SourceText]));
        }

        return csv.ToString();
    }
}
