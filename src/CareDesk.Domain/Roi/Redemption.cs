using CareDesk.Domain.Common;
using CareDesk.Domain.Roi.Rules;

namespace CareDesk.Domain.Roi;

/// <summary>
/// A partner's report that a code was redeemed, keyed by the partner's own redemption id so a repeated import or
/// POST is recognised. Holds the value and nothing about the person who redeemed.
/// </summary>
public sealed class Redemption
{
    public const int MaxRedemptionIdLength = 100;
    public const int MaxSourceLength = 10;

    private Redemption()
    {
        RedemptionId = string.Empty;
        Currency = string.Empty;
        Source = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The partner's id for this redemption; unique, the idempotency key.</summary>
    public string RedemptionId { get; private set; }

    /// <summary>The redeemed code; unique too, since every code is single-use.</summary>
    public Guid CodeId { get; private set; }

    public DateTimeOffset RedeemedAt { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>ISO 4217 code, e.g. "USD".</summary>
    public string Currency { get; private set; }

    /// <summary>"csv" or "api".</summary>
    public string Source { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static Redemption Record(string redemptionId, RedemptionCode code, DateTimeOffset redeemedAt, decimal value, string currency,
        string source, string recordedBy, DateTimeOffset at)
    {
        BusinessRules.Check(new RedemptionMustBeCompleteRule(redemptionId, value, currency));
        BusinessRules.Check(new RedemptionMustNotPrecedeIssueRule(code, redeemedAt));
        return new Redemption
        {
            Id = Guid.NewGuid(),
            RedemptionId = redemptionId.Trim(),
            CodeId = code.Id,
            RedeemedAt = redeemedAt,
            Value = value,
            Currency = currency.Trim().ToUpperInvariant(),
            Source = source,
            RecordedBy = recordedBy,
            RecordedAt = at,
        };
    }
}
