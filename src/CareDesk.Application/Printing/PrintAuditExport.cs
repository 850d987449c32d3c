using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;

namespace CareDesk.Application.Printing;

/// <summary>The audit export for a period, case or record as a PDF for inspectors (R30); the same rows as the CSV and JSON-lines export.</summary>
public sealed class PrintAuditExportHandler(ExportAuditTrailHandler export, IPdfRenderer pdf, TimeProvider time)
{
    public async Task<PrintedFile> HandleAsync(ExportAuditTrailQuery query, CancellationToken cancellationToken)
    {
        var rows = await export.HandleAsync(query, cancellationToken);
        var scope = new List<PrintLine>
        {
            PrintLine.Heading("Selection"),
            new($"From {PrintCaseRecordHandler.Utc(query.From)} to {PrintCaseRecordHandler.Utc(query.To)}; case {query.CaseNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}; "
                + $"record {query.EntityType ?? "any"} {query.EntityId ?? ""}".TrimEnd()),
            new("Entries with [modified] hold the old and the new value; each hash links to the previous entry (verify with 'caredesk audit verify')."),
        };
        var title = "Audit trail export";
        var footer = $"CareDesk - {title} - copy printed {PrintCaseRecordHandler.Utc(time.GetUtcNow())}";
        return new PrintedFile("audit-trail.pdf", "application/pdf", pdf.Render(new PrintableDocument(title, footer, [.. scope, .. PrintCaseRecordHandler.AuditLines(rows)])));
    }
}
