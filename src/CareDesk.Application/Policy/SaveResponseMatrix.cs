using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Channels;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Policy;

public sealed record ResponseMatrixRowInput(TriageLabel Label, ChannelKind ChannelKind, ResponseAction Action, IReadOnlyList<string>? TemplateJobCodes, string? Reason);

public sealed record SaveResponseMatrixCommand(string? Brand, string? Market, IReadOnlyList<ResponseMatrixRowInput>? Rows);

public sealed record SaveResponseMatrixResult(Guid Id, int Version, string ContentHash);

/// <summary>A supervisor drafts the next version of a brand's response matrix for one market; it counts only once approved (ApproveResponseMatrixHandler).</summary>
public sealed class SaveResponseMatrixHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TimeProvider time)
{
    public async Task<SaveResponseMatrixResult> HandleAsync(SaveResponseMatrixCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("edit the response matrix");
        new Validation().Required("brand", command.Brand).Required("market", command.Market).MaxLength("market", command.Market?.Trim(), ResponseMatrix.MaxMarketLength)
            .ThrowIfInvalid();
        var brand = await PolicyLookup.BrandAsync(db, command.Brand!, cancellationToken);
        var market = command.Market!.Trim().ToUpperInvariant();
        var rows = command.Rows ?? [];
        var known = await db.Templates.AsNoTracking().Select(template => template.JobCode).Distinct().ToListAsync(cancellationToken);
        var unknown = rows.SelectMany(row => row.TemplateJobCodes ?? []).Select(code => code.Trim()).Where(code => code.Length > 0 && !known.Contains(code)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw ValidationFailedException.For("rows", $"No template has the job code {string.Join(", ", unknown)}.");
        }

        var version = 1 + (await db.ResponseMatrices.Where(item => item.BrandId == brand.Id && item.Market == market)
            .MaxAsync(item => (int?)item.Version, cancellationToken) ?? 0);
        var matrix = ResponseMatrix.Draft(brand.Id, market, version,
            rows.Select(row => ResponseMatrixEntry.Create(row.Label, row.ChannelKind, row.Action, row.TemplateJobCodes, row.Reason)).ToList(), actor.UserName, time.GetUtcNow());
        db.ResponseMatrices.Add(matrix);
        audit.Record("policy.matrix_drafted", "ResponseMatrix", matrix.Id, null,
            new { brand = brand.Name, matrix.Market, matrix.Version, matrix.ContentHash, rows = matrix.Entries.Select(entry => entry.ToString()) });
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResponseMatrixResult(matrix.Id, matrix.Version, matrix.ContentHash);
    }
}
