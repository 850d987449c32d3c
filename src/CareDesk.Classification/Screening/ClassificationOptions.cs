using System.ComponentModel.DataAnnotations;

namespace CareDesk.Classification.Screening;

/// <summary>Bound from "Classification": which model screens posts, at which operating point per brand, for which products.</summary>
public sealed class ClassificationOptions : IValidatableObject
{
    public const string SectionName = "Classification";
    public const string Screening = "screening";
    public const string Balanced = "balanced";

    /// <summary>Folder with model-card.json and one model zip per text style; defaults to the model shipped next to the application.</summary>
    public string? ModelDirectory { get; set; }

    /// <summary>
    /// "balanced" (best F1) or "screening" (recall >= 0.95: almost nothing slips past, at many false alarms). Balanced is
    /// the default because every flagged case must go to PV before it can be closed; see ADR-008.
    /// </summary>
    public string OperatingPoint { get; set; } = Balanced;

    /// <summary>Per-brand operating point, e.g. "Cardiozen": "balanced".</summary>
    public Dictionary<string, string> OperatingPointByBrand { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The company's own products: names, aliases and approved indications (drives off-label detection).</summary>
    public List<ProductOptions> Products { get; set; } = [];

    public string ResolvedModelDirectory => string.IsNullOrWhiteSpace(ModelDirectory)
        ? Path.Combine(AppContext.BaseDirectory, "models", "ae")
        : Path.GetFullPath(ModelDirectory);

    public string OperatingPointFor(string? brand) =>
        brand is not null && OperatingPointByBrand.TryGetValue(brand, out var point) ? point : OperatingPoint;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var point in OperatingPointByBrand.Values.Append(OperatingPoint).Where(point => point is not (Screening or Balanced)))
        {
            yield return new ValidationResult($"Operating point '{point}' is not one of: {Screening}, {Balanced}.", [nameof(OperatingPoint)]);
        }
    }
}

public sealed class ProductOptions
{
    [Required]
    public string Name { get; set; } = string.Empty;

    public List<string> Aliases { get; set; } = [];

    public List<string> ApprovedIndications { get; set; } = [];
}
