using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Security.Incidents;

internal static class SecurityIncidentLookup
{
    /// <summary>The tracked incident with this register number, or <see cref="NotFoundException"/> (404).</summary>
    public static async Task<SecurityIncident> IncidentAsync(this IAppDbContext db, int number, CancellationToken cancellationToken) =>
        await db.SecurityIncidents.SingleOrDefaultAsync(item => item.Number == number, cancellationToken)
        ?? throw new NotFoundException("Security incident", number);
}
