using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Training;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Training;

public sealed record TrainingRequirementDto(Guid Id, UserRole Role, string? Brand, string CourseCode);

public sealed record AddTrainingRequirementCommand(UserRole? Role, string? Brand, string? CourseCode);

/// <summary>
/// An admin decides which course a role must hold, for every brand or one brand's cases only (R18). From then on the
/// training gate refuses triage, replies and approvals to anyone in the role without a current record of it. Audited.
/// </summary>
public sealed class AddTrainingRequirementHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit)
{
    public async Task<TrainingRequirementDto> HandleAsync(AddTrainingRequirementCommand command, CancellationToken cancellationToken)
    {
        actor.RequireAdministrator("set required training");
        new Validation().Required("role", command.Role).Required("courseCode", command.CourseCode).ThrowIfInvalid();
        Guid? brandId = null;
        if (!string.IsNullOrWhiteSpace(command.Brand))
        {
            brandId = await db.Brands.Where(brand => brand.Name == command.Brand.Trim()).Select(brand => (Guid?)brand.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw ValidationFailedException.For("brand", $"Brand '{command.Brand.Trim()}' does not exist.");
        }

        var requirement = TrainingRequirement.Create(command.Role!.Value, brandId, command.CourseCode!);
        if (await db.TrainingRequirements.AnyAsync(existing => existing.Role == requirement.Role && existing.BrandId == brandId
            && existing.CourseCode == requirement.CourseCode, cancellationToken))
        {
            throw ValidationFailedException.For("courseCode", $"{requirement.Role} already requires {requirement.CourseCode}{(brandId is null ? "" : " for " + command.Brand!.Trim())}.");
        }

        db.TrainingRequirements.Add(requirement);
        audit.Record("training.requirement_added", nameof(TrainingRequirement), requirement.Id, null,
            new { requirement.Role, brand = command.Brand?.Trim(), requirement.CourseCode });
        await db.SaveChangesAsync(cancellationToken);
        return new TrainingRequirementDto(requirement.Id, requirement.Role, command.Brand?.Trim(), requirement.CourseCode);
    }
}

/// <summary>An admin drops a required course, with a reason (audited); records already held are kept.</summary>
public sealed class RemoveTrainingRequirementHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit)
{
    public async Task HandleAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        actor.RequireAdministrator("set required training");
        new Validation().Required("reason", reason).ThrowIfInvalid();
        var requirement = await db.TrainingRequirements.SingleOrDefaultAsync(item => item.Id == id, cancellationToken)
            ?? throw new NotFoundException("Training requirement", id);
        db.TrainingRequirements.Remove(requirement);
        audit.Record("training.requirement_removed", nameof(TrainingRequirement), requirement.Id,
            new { requirement.Role, requirement.BrandId, requirement.CourseCode }, null, reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Every required course by role and brand, for the training page and the API.</summary>
public sealed class ListTrainingRequirementsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<TrainingRequirementDto>> HandleAsync(CancellationToken cancellationToken) =>
        await (from requirement in db.TrainingRequirements.AsNoTracking()
               join brand in db.Brands on requirement.BrandId equals brand.Id into brands
               from brand in brands.DefaultIfEmpty()
               orderby requirement.Role, requirement.CourseCode
               select new TrainingRequirementDto(requirement.Id, requirement.Role, brand == null ? null : brand.Name, requirement.CourseCode))
            .ToListAsync(cancellationToken);
}
