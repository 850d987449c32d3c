namespace CareDesk.Classification.Signals;

/// <summary>A word of a post: UTF-16 offsets into the original text (Start inclusive, End exclusive) and its lower-case form.</summary>
internal readonly record struct SignalToken(int Start, int End, string Lower, bool IsAllCaps);
