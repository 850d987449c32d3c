using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Domain.Tests.Pharmacovigilance;

internal static class PvIntakeTestData
{
    /// <summary>Saturday 2025-03-01 23:50 UTC: the R3 acceptance post.</summary>
    public static readonly DateTimeOffset SaturdayLate = new(2025, 3, 1, 23, 50, 0, TimeSpan.Zero);

    public static PvIntake NewIntake(int caseNumber = 42) => PvIntake.Start(Guid.NewGuid(), caseNumber, $"US-CAREDESK-{caseNumber:D6}",
        SaturdayLate.AddMinutes(-3), SaturdayLate, [ConfirmedCriterion.Unconfirmed, ConfirmedCriterion.Unconfirmed, ConfirmedCriterion.Unconfirmed, ConfirmedCriterion.Unconfirmed],
        ReportType.Spontaneous, "US", [SaturdayLate.AddDays(1), SaturdayLate.AddDays(7), SaturdayLate.AddDays(14)]);

    public static PvReview AllFour(Seriousness? seriousness = null, ReportType type = ReportType.Spontaneous, string? causality = null) => new(
        new(true, "@user"), new(true, "my mum (72)"), new(true, "DrugX"), new(true, "rash"), null, null, seriousness ?? Seriousness.None, type, causality);
}
