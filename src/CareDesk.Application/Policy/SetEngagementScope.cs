using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Application.Common;
using CareDesk.Domain.Policy;
using CareDesk.Domain.Triage;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Policy;

/// <param name="PilotMode">True starts (or changes) a pilot on <paramref name="PilotChannelKeys"/> and <paramref name="PilotLabels"/>; false switches a pilot to full scope.</param>
public sealed record SetEngagementScopeCommand(
    string? Brand, IReadOnlyList<string>? EnabledChannelKeys, IReadOnlyList<string>? ListeningSources, bool PilotMode,
    IReadOnlyList<string>? PilotChannelKeys = null, IReadOnlyList<TriageLabel>? PilotLabels = null);

/// <summary>Sets where a brand engages: enabled channels and listening sources, and pilot mode or full scope; every change is audited.</summary>
public sealed class SetEngagementScopeHandler(IAppDbContext db, ICurrentActor actor, AuditTrail audit, TimeProvider time)
{
    public async Task<EngagementScopeDto> HandleAsync(SetEngagementScopeCommand command, CancellationToken cancellationToken)
    {
        actor.RequireContentManager("change the engagement scope");
        new Validation().Required("brand", command.Brand).ThrowIfInvalid();
        var brand = await PolicyLookup.BrandAsync(db, command.Brand!, cancellationToken);
        var own = await db.Channels.AsNoTracking().Where(channel => channel.BrandId == brand.Id).Select(channel => channel.Key).ToListAsync(cancellationToken);
        var enabled = command.EnabledChannelKeys ?? own;
        var foreign = enabled.Where(key => !own.Contains(key.Trim())).ToList();
        if (foreign.Count > 0)
        {
            throw ValidationFailedException.For("enabledChannelKeys", $"{string.Join(", ", foreign)} is not a channel of {brand.Name}.");
        }

        var now = time.GetUtcNow();
        var scope = await db.EngagementScopes.SingleOrDefaultAsync(item => item.BrandId == brand.Id, cancellationToken);
        var before = scope is null ? null : EngagementScopeDto.Of(brand.Name, scope);
        var wasPilot = scope?.PilotMode ?? false;
        if (scope is null)
        {
            scope = EngagementScope.Create(brand.Id, enabled, command.ListeningSources ?? [], actor.UserName, now);
            db.EngagementScopes.Add(scope);
        }
        else
        {
            scope.Enable(enabled, command.ListeningSources ?? [], actor.UserName, now);
        }

        var action = "policy.scope_changed";
        if (command.PilotMode)
        {
            scope.StartPilot(command.PilotChannelKeys ?? [], command.PilotLabels ?? [], actor.UserName, now);
            action = "policy.pilot_started";
        }
        else if (wasPilot)
        {
            scope.SwitchToFullScope(actor.UserName, now);
            action = "policy.full_scope";
        }

        var after = EngagementScopeDto.Of(brand.Name, scope);
        audit.Record(action, nameof(EngagementScope), brand.Name, before, after);
        await db.SaveChangesAsync(cancellationToken);
        return after;
    }
}
