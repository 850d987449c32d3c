using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance.Meddra;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Pharmacovigilance.Meddra;

public sealed record SearchMeddraTermsQuery(string? Text, int Limit = 20);

public sealed record MeddraTermDto(string Version, int LltCode, string LltName, int PtCode, string PtName);

/// <summary>Current LLTs of the current release whose name contains the text, exact matches first (R11 coding aid).</summary>
public sealed class SearchMeddraTermsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<MeddraTermDto>> HandleAsync(SearchMeddraTermsQuery query, CancellationToken cancellationToken)
    {
        new Validation().Required("text", query.Text).ThrowIfInvalid();
        var release = await db.MeddraReleases.AsNoTracking().SingleOrDefaultAsync(item => item.IsCurrent, cancellationToken)
            ?? throw ValidationFailedException.For("meddra", "No MedDRA release is loaded; load the customer's release first.");
        var text = query.Text!.Trim().ToLowerInvariant();
        var found = await db.MeddraTerms.AsNoTracking()
            .Where(term => term.ReleaseId == release.Id && term.IsCurrent && term.SearchName.Contains(text))
            .OrderBy(term => term.LltName.Length).ThenBy(term => term.LltName).Take(Math.Clamp(query.Limit, 1, 100))
            .ToListAsync(cancellationToken);
        return [.. found.Select(term => ToDto(term, release.Version))];
    }

    internal static MeddraTermDto ToDto(MeddraTerm term, string version) => new(version, term.LltCode, term.LltName, term.PtCode, term.PtName);
}
