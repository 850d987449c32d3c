using System.ComponentModel.DataAnnotations;
using CareDesk.Domain.Pharmacovigilance;

namespace CareDesk.Application.Pharmacovigilance;

/// <summary>PV hand-off settings, bound from the "Pharmacovigilance" section: reporting periods (R4), follow-up schedule (R8), E2B ids (R9).</summary>
public sealed class PvOptions
{
    public const string SectionName = "Pharmacovigilance";

    /// <summary>Day 0 is the calendar date in this zone (R3); an IANA or Windows id.</summary>
    [Required]
    public string ReportingTimeZone { get; set; } = "UTC";

    [Range(1, 365)]
    public int ExpeditedDays { get; set; } = 15;

    [Range(1, 365)]
    public int NonExpeditedDays { get; set; } = 90;

    /// <summary>Days after the intake starts on which follow-up attempts fall due (default: 3 attempts over 14 days).</summary>
    public int[] FollowUpDays { get; set; } = [1, 7, 14];

    /// <summary>Days after the intake starts on which the "pregnancy outcome" follow-up falls due (R6, GVP VI.B.6).</summary>
    [Range(1, 400)]
    public int PregnancyOutcomeFollowUpDays { get; set; } = 30;

    /// <summary>Country of the sender and default reporter country (C.1.1 prefix, C.2.r.3 when the reporter gave none).</summary>
    [Required, RegularExpression("^[A-Z]{2}$")]
    public string CountryCode { get; set; } = "US";

    /// <summary>Company part of the safety report id "US-CAREDESK-000042".</summary>
    [Required, RegularExpression("^[A-Z0-9]{2,20}$")]
    public string CompanyCode { get; set; } = "CAREDESK";

    /// <summary>N.1.3 / N.2.r.3 batch and message sender identifier.</summary>
    [Required, MaxLength(60)]
    public string SenderId { get; set; } = "CAREDESK";

    /// <summary>N.1.4 / N.2.r.4 receiver: the PV safety database.</summary>
    [Required, MaxLength(60)]
    public string ReceiverId { get; set; } = "PVSAFETYDB";

    [Required, MaxLength(100)]
    public string SenderOrganisation { get; set; } = "CareDesk";

    public ReportingPeriods Periods => new(ExpeditedDays, NonExpeditedDays);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(ReportingTimeZone);
}
