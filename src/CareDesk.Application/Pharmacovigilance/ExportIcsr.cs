using CareDesk.Application.Abstractions;
using CareDesk.Application.Cases;
using CareDesk.Application.Pharmacovigilance.E2b;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Pharmacovigilance;

public sealed record ExportIcsrQuery(int CaseNumber);

public sealed record IcsrFile(string FileName, string Xml);

/// <summary>
/// The E2B(R3) XML of a case: exactly what was sent once handed off, otherwise a draft of the current intake; a draft is refused
/// while the event carries only a non-MedDRA pre-code or an LLT retired by an upgrade (R11).
/// </summary>
public sealed class ExportIcsrHandler(IAppDbContext db, IOptions<PvOptions> options, TimeProvider time)
{
    public async Task<IcsrFile> HandleAsync(ExportIcsrQuery query, CancellationToken cancellationToken)
    {
        var subject = await db.LoadCaseAsync(query.CaseNumber, cancellationToken);
        var intake = await db.LoadIntakeAsync(query.CaseNumber, cancellationToken);
        if (intake.IcsrXml is { } sent)
        {
            return new IcsrFile($"{intake.IcsrMessageId}.xml", sent);
        }

        // A draft may go out uncoded for review, but never with an open-vocabulary pre-code or a retired LLT in place of MedDRA (R11).
        intake.CheckExportable(meddraLoaded: false);
        var now = time.GetUtcNow();
        var posts = await db.LoadPostsAsync(subject, cancellationToken);
        var draftId = $"{intake.SafetyReportId}-draft";
        return new IcsrFile($"{draftId}.xml", IcsrBuilder.Write(IcsrContentFactory.Create(subject, intake, posts, options.Value, draftId, now)));
    }
}
