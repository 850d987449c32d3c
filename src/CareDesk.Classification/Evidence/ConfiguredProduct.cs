namespace CareDesk.Classification.Evidence;

/// <summary>A customer's own product: its name, other names it goes by, and the indications it is approved for.</summary>
public sealed record ConfiguredProduct(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> ApprovedIndications);
