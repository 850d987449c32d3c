using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Misinformation;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Misinformation;

/// <summary>Shared steps of the correction use cases: who may work them, loading, and saving one audited step.</summary>
internal static class MisinformationCorrections
{
    /// <summary>Agents, supervisors and admins run corrections; marketing, reviewers and viewers do not (corrections are non-promotional, R26).</summary>
    public static void RequireCorrector(this ICurrentActor actor)
    {
        if (actor.Role is Domain.Users.UserRole.Marketing or Domain.Users.UserRole.Reviewer or Domain.Users.UserRole.Viewer)
        {
            throw new ForbiddenException("Only agents, supervisors and admins can work misinformation corrections.");
        }
    }

    public static async Task<MisinformationCorrection> LoadCorrectionAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.MisinformationCorrections.SingleOrDefaultAsync(item => item.Id == id, cancellationToken) ?? throw new NotFoundException("Misinformation correction", id);

    public static async Task<MisinformationCorrectionDto> SaveStepAsync(this IAppDbContext db, AuditTrail audit, string action, MisinformationCorrection correction,
        MisinformationCorrectionDto? before, CancellationToken cancellationToken)
    {
        var brand = await db.Brands.AsNoTracking().Where(item => item.Id == correction.BrandId).Select(item => item.Name).SingleAsync(cancellationToken);
        var after = MisinformationCorrectionDto.Of(correction, brand);
        audit.Record(action, nameof(MisinformationCorrection), correction.Id, before, after);
        await db.SaveChangesAsync(cancellationToken);
        return after;
    }

    public static async Task<MisinformationCorrectionDto> SnapshotAsync(this IAppDbContext db, MisinformationCorrection correction, CancellationToken cancellationToken)
    {
        var brand = await db.Brands.AsNoTracking().Where(item => item.Id == correction.BrandId).Select(item => item.Name).SingleAsync(cancellationToken);
        return MisinformationCorrectionDto.Of(correction, brand);
    }
}
