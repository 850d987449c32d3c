namespace CareDesk.Classification.Evidence;

/// <summary>
/// A medicine named in a post. <see cref="Start"/> (inclusive) and <see cref="End"/> (exclusive) are UTF-16 offsets
/// into the original text and <see cref="Matched"/> is exactly that substring.
/// </summary>
public sealed record DrugMention(string Canonical, string Matched, int Start, int End, bool IsConfiguredProduct);
