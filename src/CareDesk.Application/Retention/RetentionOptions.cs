using System.ComponentModel.DataAnnotations;

namespace CareDesk.Application.Retention;

/// <summary>How long resolved cases that never touched an adverse event keep their personal data ("Retention" section).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days after resolution; the floor of one year follows 21 CFR 211.198 for complaint records.</summary>
    [Range(365, 36500)]
    public int NonAdverseEventCaseDays { get; set; } = 730;
}
