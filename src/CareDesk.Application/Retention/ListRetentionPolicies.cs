using CareDesk.Application.Abstractions;
using CareDesk.Domain.Retention;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Retention;

/// <summary>A record class's retention: the configured years (null while the legal floor applies) and the floor itself.</summary>
public sealed record RetentionPolicyDto(RecordClass RecordClass, int? Years, int FloorYears, string Floor, string Trigger, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public int EffectiveYears => Years ?? FloorYears;

    public static RetentionPolicyDto Of(RecordClass recordClass, RetentionPolicy? policy)
    {
        var floor = LegalRetentionFloor.For(recordClass);
        return new(recordClass, policy?.Years, floor.Years, floor.Label, floor.Trigger, policy?.ChangedBy, policy?.ChangedAt);
    }
}

/// <summary>Every record class with its retention period and legal floor (R38).</summary>
public sealed class ListRetentionPoliciesHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<RetentionPolicyDto>> HandleAsync(CancellationToken cancellationToken)
    {
        var stored = await db.RetentionPolicies.AsNoTracking().ToDictionaryAsync(policy => policy.RecordClass, cancellationToken);
        return [.. Enum.GetValues<RecordClass>().Select(recordClass => RetentionPolicyDto.Of(recordClass, stored.GetValueOrDefault(recordClass)))];
    }
}
