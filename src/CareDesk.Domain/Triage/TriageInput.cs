using CareDesk.Domain.Channels;

namespace CareDesk.Domain.Triage;

/// <summary>What a classifier sees of a post: the text, where it was posted, who wrote it and for which brand's channel.</summary>
public sealed record TriageInput(string Text, ChannelKind? ChannelKind = null, bool IsPublic = true, string? Author = null, string? Brand = null);
