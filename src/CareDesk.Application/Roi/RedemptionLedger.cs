using CareDesk.Application.Abstractions;
using CareDesk.Application.Audit;
using CareDesk.Domain.Common;
using CareDesk.Domain.Roi;
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Application.Roi;

/// <summary>One redemption as a partner reports it, from a CSV line or a POST body.</summary>
public sealed record RedemptionInput(string? RedemptionId, string? Code, DateTimeOffset? RedeemedAt, decimal? Value, string? Currency);

public static class RedemptionStatus
{
    public const string Recorded = "recorded";
    public const string AlreadyRecorded = "already_recorded";
    public const string UnknownCode = "unknown_code";
    public const string DuplicateCode = "duplicate_code";
    public const string Invalid = "invalid";
}

/// <summary>What became of one reported redemption, with what it was attributed to when recorded.</summary>
public sealed record RedemptionOutcome(string Status, string? RedemptionId, string? Code, string? Field, string? Message, RedemptionAttribution? Attribution);

public sealed record RedemptionAttribution(int? CaseNumber, Guid? TemplateId, int? TemplateVersion, Guid? ChannelId, string Agent, string Campaign);

/// <summary>
/// Checks and adds redemptions to the caller's unit of work, remembering what it added so a file that repeats an id
/// or a code is answered line by line, as the database's unique indexes would. The caller saves once.
/// </summary>
public sealed class RedemptionLedger(IAppDbContext db, AuditTrail audit, ICurrentActor actor, TimeProvider time)
{
    private readonly Dictionary<string, Redemption> _addedById = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _redeemedCodes = [];

    /// <summary>Forgets what was added but not saved, after the caller dropped its unit of work.</summary>
    public void ForgetPending()
    {
        _addedById.Clear();
        _redeemedCodes.Clear();
    }

    public async Task<RedemptionOutcome> RecordAsync(RedemptionInput input, string source, CancellationToken cancellationToken)
    {
        var id = input.RedemptionId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return Invalid(input, "redemptionId", "The redemption id is required.");
        }

        if (!CouponCode.TryNormalize(input.Code, out var typed))
        {
            return new RedemptionOutcome(RedemptionStatus.UnknownCode, id, input.Code, "code", $"'{input.Code}' is not a CareDesk code (wrong length, symbol or check character).", null);
        }

        var code = await db.RedemptionCodes.SingleOrDefaultAsync(item => item.Code == typed, cancellationToken);
        if (code is null)
        {
            return new RedemptionOutcome(RedemptionStatus.UnknownCode, id, typed, "code", $"No code {typed} was issued.", null);
        }

        var existing = _addedById.GetValueOrDefault(id) ?? await db.Redemptions.AsNoTracking().SingleOrDefaultAsync(item => item.RedemptionId == id, cancellationToken);
        if (existing is not null)
        {
            return existing.CodeId == code.Id
                ? new RedemptionOutcome(RedemptionStatus.AlreadyRecorded, id, typed, null, "This redemption was recorded before; nothing changed.", Attribute(code))
                : Invalid(input, "redemptionId", $"Redemption id {id} was already recorded for another code.");
        }

        if (_redeemedCodes.Contains(code.Id) || await db.Redemptions.AnyAsync(item => item.CodeId == code.Id, cancellationToken))
        {
            return new RedemptionOutcome(RedemptionStatus.DuplicateCode, id, typed, "code", $"Code {typed} was already redeemed under another redemption id.", null);
        }

        if (input.RedeemedAt is null || input.Value is null)
        {
            return Invalid(input, input.RedeemedAt is null ? "redeemedAt" : "value", "The redemption time (with a UTC offset) and the value are required.");
        }

        try
        {
            var redemption = Redemption.Record(id, code, input.RedeemedAt.Value, input.Value.Value, input.Currency ?? string.Empty, source, actor.UserName, time.GetUtcNow());
            db.Redemptions.Add(redemption);
            _addedById[id] = redemption;
            _redeemedCodes.Add(code.Id);
            var attribution = Attribute(code);
            audit.Record("roi.redemption_recorded", nameof(Redemption), redemption.Id, null,
                new { redemption.RedemptionId, code = code.Code, redemption.RedeemedAt, redemption.Value, redemption.Currency, redemption.Source, attribution });
            return new RedemptionOutcome(RedemptionStatus.Recorded, id, typed, null, null, attribution);
        }
        catch (BusinessRuleViolationException broken)
        {
            return Invalid(input, broken.Rule.Field, broken.Message);
        }
    }

    private static RedemptionAttribution Attribute(RedemptionCode code) =>
        new(code.CaseNumber, code.TemplateId, code.TemplateVersion, code.ChannelId, code.IssuedBy, code.Campaign);

    private static RedemptionOutcome Invalid(RedemptionInput input, string? field, string message) =>
        new(RedemptionStatus.Invalid, input.RedemptionId?.Trim(), input.Code, field, message, null);
}
