using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Contacts;

public sealed record KeyOpinionLeaderDto(Guid Id, int ProfileNumber, string TherapyArea, bool VerifiedHcp, int? Reach, decimal? EngagementRate, string AddedBy, DateTimeOffset AddedAt);

public sealed record AddKeyOpinionLeaderCommand(int Number, string? TherapyArea);

/// <summary>Supervisors keep the key-opinion-leader list per therapy area; replies to anyone on it need approval.</summary>
public sealed class AddKeyOpinionLeaderHandler(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    public async Task<KeyOpinionLeaderDto> HandleAsync(AddKeyOpinionLeaderCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("change the key-opinion-leader list");
        new Validation().Required("therapyArea", command.TherapyArea)
            .MaxLength("therapyArea", command.TherapyArea, KeyOpinionLeader.MaxTherapyAreaLength).ThrowIfInvalid();
        var profile = await db.LoadProfileAsync(command.Number, cancellationToken);
        var area = command.TherapyArea!.Trim();
        var existing = await db.KeyOpinionLeaders.SingleOrDefaultAsync(kol => kol.ProfileId == profile.Id && kol.TherapyArea == area, cancellationToken);
        if (existing is null)
        {
            existing = KeyOpinionLeader.Add(profile.Id, area, actor.UserName, time.GetUtcNow());
            db.KeyOpinionLeaders.Add(existing);
            audit.Record("contact.kol_added", nameof(ContactProfile), profile.Id, null, new { profile.Number, therapyArea = area });
            await db.SaveChangesAsync(cancellationToken);
        }

        return new KeyOpinionLeaderDto(existing.Id, profile.Number, existing.TherapyArea, profile.IsVerifiedHcp, profile.Reach, profile.EngagementRate, existing.AddedBy, existing.AddedAt);
    }
}
