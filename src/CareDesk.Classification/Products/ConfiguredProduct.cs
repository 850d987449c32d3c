namespace CareDesk.Classification.Products;

/// <summary>
/// A product the company answers for: its name, other names it goes by (brand spellings, generic name) and the
/// indications in its approved labelling, written as in the label ("asthma in patients aged 6 years and older").
/// Drug matching, indication-vs-reaction and off-label detection all read it. An indication that names an age or
/// children sets the youngest approved age; otherwise the product counts as approved for adults only.
/// </summary>
public sealed record ConfiguredProduct(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> ApprovedIndications);
