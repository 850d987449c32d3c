using System.ComponentModel.DataAnnotations;
using CareDesk.Domain.Sla;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Sla;

/// <summary>Service targets, bound from the "Sla" configuration section and validated at start-up.</summary>
public sealed class SlaOptions : IValidatableObject
{
    public const string SectionName = "Sla";

    public TimeSpan FirstResponseDefault { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Per-label first-response targets keyed by label name (e.g. "adverse_event": "01:00:00").</summary>
    public Dictionary<string, TimeSpan> FirstResponseByLabel { get; set; } = new()
    {
        ["adverse_event"] = TimeSpan.FromHours(1),
        ["product_complaint"] = TimeSpan.FromHours(1),
        ["crisis_signal"] = TimeSpan.FromMinutes(30),
    };

    [Range(0, 30)]
    public int PvHandoffBusinessDays { get; set; } = 1;

    [Range(0.0, 1.0)]
    public double WarningFraction { get; set; } = 0.75;

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    public SlaPolicy ToPolicy() => new(
        FirstResponseDefault,
        FirstResponseByLabel.ToDictionary(
            pair => TriageLabelNames.TryParse(pair.Key, out var label) ? label : throw new InvalidOperationException($"Unknown label '{pair.Key}' in Sla:FirstResponseByLabel."),
            pair => pair.Value),
        PvHandoffBusinessDays,
        WarningFraction);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var key in FirstResponseByLabel.Keys.Where(key => !TriageLabelNames.TryParse(key, out _)))
        {
            yield return new ValidationResult($"Unknown label '{key}'. Known: {string.Join(", ", TriageLabelNames.All)}.", [nameof(FirstResponseByLabel)]);
        }

        if (FirstResponseDefault <= TimeSpan.Zero || FirstResponseByLabel.Values.Any(span => span <= TimeSpan.Zero))
        {
            yield return new ValidationResult("First-response targets must be positive.", [nameof(FirstResponseDefault)]);
        }

        if (SweepInterval < TimeSpan.FromSeconds(1))
        {
            yield return new ValidationResult("SweepInterval must be at least one second.", [nameof(SweepInterval)]);
        }
    }
}
