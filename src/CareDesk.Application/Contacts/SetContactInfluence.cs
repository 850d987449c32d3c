using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Contacts;

namespace CareDesk.Application.Contacts;

public sealed record SetContactInfluenceCommand(int Number, int? Reach, decimal? EngagementRate, string? Reason);

/// <summary>Staff record an author's reach (followers) and engagement rate, so influential authors can be recognised.</summary>
public sealed class SetContactInfluenceHandler(IAppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task HandleAsync(SetContactInfluenceCommand command, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        if (command.Reach is < 0)
        {
            validation.Add("reach", "'reach' cannot be negative.");
        }

        if (command.EngagementRate is < 0 or > 100)
        {
            validation.Add("engagementRate", "'engagementRate' is a percentage between 0 and 100.");
        }

        validation.ThrowIfInvalid();
        var profile = await db.LoadProfileAsync(command.Number, cancellationToken);
        var before = new { profile.Reach, profile.EngagementRate };
        profile.SetInfluence(command.Reach, command.EngagementRate, time.GetUtcNow());
        audit.Record("contact.influence_updated", nameof(ContactProfile), profile.Id, before, new { profile.Reach, profile.EngagementRate }, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
    }
}
