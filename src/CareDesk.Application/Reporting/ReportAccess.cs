using CareDesk.Application.Abstractions;
using CareDesk.Application.Common;
using CareDesk.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Reporting;

/// <summary>
/// Who sees which report, checked by every reporting use case rather than by the pages: marketing sees aggregate
/// metrics and ROI but no conversation-level export and no PV or compliance detail; agents see their own team's
/// figures only; the viewer reads everything else (the web host already refuses its writes, R35).
/// </summary>
public sealed class ReportAccess(IAppDbContext db, ICurrentActor actor)
{
    /// <summary>The filter as this user may run it: an agent's is narrowed to the agent's own team.</summary>
    public async Task<ReportFilter> ScopeAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (actor.Role != UserRole.Agent)
        {
            return filter;
        }

        var team = await db.Users.AsNoTracking().Where(user => user.UserName == actor.UserName).Select(user => user.Team).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ForbiddenException("Agents see the reports of their own team, and you belong to none.");
        if (filter.Team is not null && !string.Equals(filter.Team, team, StringComparison.Ordinal))
        {
            throw new ForbiddenException($"Agents see the reports of their own team ({team}) only.");
        }

        return filter with { Team = team };
    }

    /// <summary>One row per conversation is not aggregate data: not for marketing.</summary>
    public void RequireConversationLevel()
    {
        if (actor.Role == UserRole.Marketing)
        {
            throw new ForbiddenException("Marketing sees aggregate reports and ROI, not conversation-level exports.");
        }
    }

    /// <summary>Adverse-event hand-offs, approvals, audit exceptions and screening gaps: not for marketing, and not team-level work for agents.</summary>
    public void RequireComplianceDetail()
    {
        if (actor.Role is UserRole.Marketing or UserRole.Agent)
        {
            throw new ForbiddenException("The compliance and PV detail is for supervisors, admins and viewers.");
        }
    }
}
