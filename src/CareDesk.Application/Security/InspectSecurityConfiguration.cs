using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDesk.Application.Security;

public sealed record HipaaDeterminationDto(string Scope, HipaaStatus Status, string Rationale, string DecidedBy, DateTimeOffset DecidedAt);

public sealed record SecurityConfigurationReport(DateTimeOffset InspectedAt, IReadOnlyList<SecurityCheckResult> Checks, IReadOnlyList<HipaaDeterminationDto> Hipaa)
{
    public bool HasFailures => Checks.Any(check => check.Status == SecurityCheckStatus.Fail);
}

/// <summary>
/// Reports what is actually configured for encryption in transit and at rest (R39), with the HIPAA determination per
/// channel or programme. What the running process cannot see (volume encryption) is reported as declared or missing,
/// never as passed.
/// </summary>
public sealed class InspectSecurityConfigurationHandler(IEnumerable<ISecurityCheck> checks, IAppDbContext db, ICurrentActor actor, TimeProvider time, IOptions<SecurityOptions> options)
{
    public async Task<SecurityConfigurationReport> HandleAsync(CancellationToken cancellationToken)
    {
        // The CLI (no role) is the operator at the server's shell; in the web host only supervisors and admins.
        if (actor.Role is not null)
        {
            actor.RequireContentManager("inspect the security configuration");
        }

        var results = checks.SelectMany(check => check.Inspect()).ToList();
        if (results.All(result => result.Area != "transport"))
        {
            results.Add(new("transport", "TLS", SecurityCheckStatus.Warn, "Not inspected here: only the web host knows its endpoints (GET /api/security/configuration)."));
        }

        var volume = options.Value.VolumeEncryption;
        results.Add(string.IsNullOrWhiteSpace(volume)
            ? new("at rest", "Volume encryption", SecurityCheckStatus.Warn, "Not declared: set Security:VolumeEncryption to the encryption of the data volume (LUKS, BitLocker, cloud disk encryption).")
            : new("at rest", "Volume encryption", SecurityCheckStatus.Declared, volume.Trim()));
        var hipaa = await db.HipaaDeterminations.AsNoTracking().OrderBy(item => item.Scope)
            .Select(item => new HipaaDeterminationDto(item.Scope, item.Status, item.Rationale, item.DecidedBy, item.DecidedAt))
            .ToListAsync(cancellationToken);
        return new SecurityConfigurationReport(time.GetUtcNow(), results, hipaa);
    }
}
