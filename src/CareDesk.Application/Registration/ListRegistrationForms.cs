using CareDesk.Application.Abstractions;
using CareDesk.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Registration;

public sealed record RegistrationFormSummary(string Brand, string Form, string Title, RegistrationAudience Audience, RegistrationFormStyle Style,
    int LatestVersion, DateTimeOffset PublishedAt, int Submissions, int ConsentsGranted, string Path);

/// <summary>Every form with its current version and how many people registered through it (staff view).</summary>
public sealed class ListRegistrationFormsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<RegistrationFormSummary>> HandleAsync(CancellationToken cancellationToken)
    {
        var forms = await db.RegistrationForms.AsNoTracking().ToListAsync(cancellationToken);
        var counts = await db.RegistrationSubmissions.AsNoTracking()
            .GroupBy(submission => new { submission.BrandSlug, submission.FormSlug })
            .Select(group => new
            {
                group.Key.BrandSlug,
                group.Key.FormSlug,
                Total = group.Count(),
                Granted = group.Count(submission => submission.ConsentDecision == Domain.Privacy.ConsentDecision.Granted),
            })
            .ToListAsync(cancellationToken);
        return forms
            .GroupBy(form => (form.BrandSlug, form.FormSlug))
            .Select(group => group.MaxBy(form => form.Version)!)
            .Select(form =>
            {
                var count = counts.FirstOrDefault(row => row.BrandSlug == form.BrandSlug && row.FormSlug == form.FormSlug);
                return new RegistrationFormSummary(form.BrandSlug, form.FormSlug, form.Title, form.Audience, form.Style, form.Version, form.PublishedAt,
                    count?.Total ?? 0, count?.Granted ?? 0, form.Path);
            })
            .OrderBy(summary => summary.Brand, StringComparer.Ordinal).ThenBy(summary => summary.Form, StringComparer.Ordinal)
            .ToList();
    }
}
