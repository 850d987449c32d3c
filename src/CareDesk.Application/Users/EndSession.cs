using CareDesk.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Users;

/// <summary>Logout or screen lock: the continuous session ends, so the next sign-in and signing need every component (R33).</summary>
public sealed class EndSessionHandler(IAppDbContext db, TimeProvider time)
{
    public async Task HandleAsync(Guid? sessionId, string reason, CancellationToken cancellationToken)
    {
        var session = sessionId is { } id ? await db.SignInSessions.SingleOrDefaultAsync(item => item.Id == id, cancellationToken) : null;
        if (session is not null)
        {
            session.End(reason, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
