using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Templates;

public sealed record TemplateVersionDto(Guid Id, int Version, string MaterialId, TemplateStatus Status, string Author, DateTimeOffset? StatusChangedAt,
    string ApprovedBy, DateTimeOffset? ApprovedAt);

public sealed record TemplateComparisonDto(TemplateVersionDto Older, TemplateVersionDto Newer, IReadOnlyList<DiffSegment> Body);

/// <summary>
/// Every version of a template, oldest first, with its state and approval record (R48), and the word-level difference
/// between the bodies of any two of them.
/// </summary>
public sealed class GetTemplateHistoryHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<TemplateVersionDto>> HandleAsync(Guid templateId, CancellationToken cancellationToken)
    {
        var template = await db.LoadTemplateAsync(templateId, cancellationToken);
        var versions = await db.Templates.AsNoTracking().Where(item => item.FamilyId == template.FamilyId).ToListAsync(cancellationToken);
        return versions.OrderBy(item => item.Version).Select(Version).ToList();
    }

    public async Task<TemplateComparisonDto> CompareAsync(Guid templateId, Guid otherId, CancellationToken cancellationToken)
    {
        var first = await db.LoadTemplateAsync(templateId, cancellationToken);
        var second = await db.LoadTemplateAsync(otherId, cancellationToken);
        if (first.FamilyId != second.FamilyId)
        {
            throw ValidationFailedException.For("against", $"{second.MaterialId} is not a version of {first.JobCode}.");
        }

        var (older, newer) = first.Version <= second.Version ? (first, second) : (second, first);
        return new TemplateComparisonDto(Version(older), Version(newer), WordDiff.Between(older.Body, newer.Body));
    }

    private static TemplateVersionDto Version(ResponseTemplate template) => new(template.Id, template.Version, template.MaterialId, template.Status, template.Author,
        template.StatusChangedAt, template.ApprovedBy, template.ApprovedAt);
}
