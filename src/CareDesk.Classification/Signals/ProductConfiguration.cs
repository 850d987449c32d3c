using CareDesk.Classification.Products;

namespace CareDesk.Classification.Signals;

/// <summary>The products the question detector recognises.</summary>
public sealed record ProductConfiguration(IReadOnlyList<ConfiguredProduct> Products);
