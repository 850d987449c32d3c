using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Misinformation;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Misinformation;

public sealed record MisinformationItemInput(string? Statement, MisinformationDirection Direction);

/// <param name="FoundAt">When the misinformation was found; defaults to now.</param>
public sealed record StartMisinformationCorrectionCommand(string? Brand, string? SourceUrl, string? Snapshot, IReadOnlyList<MisinformationItemInput>? Items, DateTimeOffset? FoundAt = null);

/// <summary>Opens a misinformation correction (R26): the snapshot and URL of what was found and each false statement, positive and negative.</summary>
public sealed class StartMisinformationCorrectionHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<MisinformationCorrectionDto> HandleAsync(StartMisinformationCorrectionCommand command, CancellationToken cancellationToken)
    {
        actor.RequireCorrector();
        new Validation().Required("brand", command.Brand).ThrowIfInvalid();
        var brand = await db.Brands.AsNoTracking().SingleOrDefaultAsync(item => item.Name == command.Brand, cancellationToken)
            ?? throw ValidationFailedException.For("brand", $"No brand named '{command.Brand}'.");
        var now = time.GetUtcNow();
        var items = (command.Items ?? []).Select(item => (item.Statement ?? string.Empty, item.Direction)).ToList();
        var correction = MisinformationCorrection.Start(brand.Id, command.SourceUrl ?? string.Empty, command.Snapshot ?? string.Empty, command.FoundAt ?? now,
            items, actor.UserName, now);
        db.MisinformationCorrections.Add(correction);
        return await db.SaveStepAsync(audit, "misinformation.started", correction, null, cancellationToken);
    }
}
