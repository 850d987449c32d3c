using CareDesk.Domain.Channels;

namespace CareDesk.Domain.Triage;

/// <summary>What a classifier sees of a post.</summary>
public sealed record TriageInput(string Text, ChannelKind? ChannelKind = null, bool IsPublic = true);
