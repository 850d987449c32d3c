using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Security;

public sealed record ListCaseAccessQuery(int? CaseNumber = null, string? UserName = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Take = 500);

public sealed record CaseAccessDto(int CaseNumber, string UserName, string Role, string Via, string Purpose, bool Masked, DateTimeOffset At);

/// <summary>Who read which case when (R39), newest first; supervisors and admins only.</summary>
public sealed class ListCaseAccessHandler(IAppDbContext db, ICurrentActor actor)
{
    public async Task<IReadOnlyList<CaseAccessDto>> HandleAsync(ListCaseAccessQuery query, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("read the case access log");
        var entries = db.CaseAccessLog.AsNoTracking();
        if (query.CaseNumber is { } number)
        {
            entries = entries.Where(entry => entry.CaseNumber == number);
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var user = query.UserName.Trim().ToLowerInvariant();
            entries = entries.Where(entry => entry.UserName == user);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(entry => entry.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(entry => entry.At < to);
        }

        return await entries.OrderByDescending(entry => entry.Id).Take(Math.Clamp(query.Take, 1, 5000))
            .Select(entry => new CaseAccessDto(entry.CaseNumber, entry.UserName, entry.Role, entry.Via, entry.Purpose, entry.Masked, entry.At))
            .ToListAsync(cancellationToken);
    }
}
