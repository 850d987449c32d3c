using CareDesk.Domain.Moderation;
using CareDesk.Domain.Triage;

namespace CareDesk.Application.Moderation;

public sealed record ModeratedItemDto(
    Guid Id,
    int CaseNumber,
    string ChannelKey,
    string Author,
    string Text,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<TriageLabel> Labels,
    ModerationState State,
    ModerationReason? Reason,
    string? Explanation,
    string? Note,
    bool Screened,
    bool? AdverseEvent,
    bool? ProductComplaint,
    bool? MedicalInquiry,
    string? ScreenedBy,
    PlatformModerationAction? PendingAction,
    bool EscalatedToPv);

public sealed record PageModerationDto(string ChannelKey, string ChannelName, ModerationMode Mode);

public sealed record CommunityGuidelinesDto(Guid BrandId, string Brand, string Text, string Explanation, bool ProfanityFilter, IReadOnlyList<string> ProfanityTerms,
    bool SpamFilter, IReadOnlyList<string> SpamTerms, int Version);
