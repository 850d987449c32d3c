using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Pharmacovigilance;
using CareDesk.Domain.Pharmacovigilance.Meddra;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Pharmacovigilance.Meddra;

/// <param name="Files">File name (meddra_release.asc, llt.asc, pt.asc) to its text.</param>
public sealed record LoadMeddraReleaseCommand(IReadOnlyDictionary<string, string> Files);

public sealed record LoadMeddraReleaseResult(string Version, int Terms, int Revalidated, int FlaggedForRecoding);

/// <summary>
/// Loads the customer's MedDRA release (R11) and makes it current. On an upgrade every coded event is re-validated: a
/// still-current LLT moves to the new version, a retired one is flagged for recoding; the load and each re-mapping are audited.
/// </summary>
public sealed class LoadMeddraReleaseHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TimeProvider time)
{
    public async Task<LoadMeddraReleaseResult> HandleAsync(LoadMeddraReleaseCommand command, CancellationToken cancellationToken)
    {
        if (actor.Role is not null)
        {
            // The CLI (no role) is the operator with database access who installs the licensed files (caredesk pv meddra-load).
            actor.RequireContentManager("load a MedDRA release");
        }

        var (version, language, terms) = MeddraAsciiRelease.Parse(command.Files);
        if (await db.MeddraReleases.AnyAsync(release => release.Version == version, cancellationToken))
        {
            throw ValidationFailedException.For(MeddraAsciiRelease.ReleaseFile, $"MedDRA {version} is already loaded.");
        }

        var now = time.GetUtcNow();
        foreach (var previous in await db.MeddraReleases.Where(release => release.IsCurrent).ToListAsync(cancellationToken))
        {
            previous.Supersede();
        }

        var loaded = MeddraRelease.Load(version, language, terms.Count, actor.UserName, now);
        db.MeddraReleases.Add(loaded);
        db.MeddraTerms.AddRange(terms.DistinctBy(term => term.LltCode)
            .Select(term => MeddraTerm.Of(loaded.Id, term.LltCode, term.LltName, term.PtCode, term.PtName, term.IsCurrent)));
        audit.Record("meddra.release_loaded", nameof(MeddraRelease), loaded.Id, null, new { loaded.Version, loaded.Language, loaded.LltCount });

        var byCode = terms.DistinctBy(term => term.LltCode).ToDictionary(term => term.LltCode);
        int revalidated = 0, flagged = 0;
        // JSON columns cannot be filtered in SQL on both providers, so coded intakes are picked in memory.
        foreach (var intake in (await db.PvIntakes.ToListAsync(cancellationToken)).Where(intake => intake.EventMeddra is not null))
        {
            var before = PvIntakeSnapshot.Of(intake);
            var term = byCode.TryGetValue(intake.EventMeddra!.LltCode, out var found)
                ? MeddraTerm.Of(loaded.Id, found.LltCode, found.LltName, found.PtCode, found.PtName, found.IsCurrent)
                : null;
            if (!intake.Revalidate(version, term))
            {
                continue;
            }

            revalidated++;
            flagged += intake.EventRecodeReason is null ? 0 : 1;
            audit.Record(intake.EventRecodeReason is null ? "pv.meddra_remapped" : "pv.meddra_recode_needed", nameof(PvIntake), intake.Id, before,
                PvIntakeSnapshot.Of(intake), intake.EventRecodeReason);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new LoadMeddraReleaseResult(version, terms.Count, revalidated, flagged);
    }
}
