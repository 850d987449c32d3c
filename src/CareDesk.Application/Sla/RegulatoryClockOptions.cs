using System.ComponentModel.DataAnnotations;

namespace CareDesk.Application.Sla;

/// <summary>Clocks of the escalation paths, bound from the "RegulatoryClocks" configuration section.</summary>
public sealed class RegulatoryClockOptions
{
    public const string SectionName = "RegulatoryClocks";

    /// <summary>NDA Field Alert Report decision: 3 working days from awareness (21 CFR 314.81(b)(1)), to the end of the day.</summary>
    [Range(1, 30)]
    public int FieldAlertWorkingDays { get; set; } = 3;

    /// <summary>Business days for Medical Information to answer a routed inquiry.</summary>
    [Range(1, 30)]
    public int MedicalInformationResponseBusinessDays { get; set; } = 2;
}
