namespace CareDesk.Classification.Evidence;

/// <summary>A word in a text: UTF-16 offsets into the original string and its lower-cased, apostrophe-normalised form.</summary>
internal readonly record struct TextToken(int Start, int End, string Norm, bool IsHashtag, int Sentence);
