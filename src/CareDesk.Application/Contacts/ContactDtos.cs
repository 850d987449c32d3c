using CareDesk.Domain.Cases;
using CareDesk.Domain.Contacts;

namespace CareDesk.Application.Contacts;

public sealed record ContactIdentityDto(Guid Id, string Channel, ContactIdentityKind Kind, string Value, string Source, DateTimeOffset AddedAt)
{
    public static ContactIdentityDto Of(ContactIdentity identity) =>
        new(identity.Id, identity.Channel, identity.Kind, identity.Value, identity.Source, identity.AddedAt);
}

public sealed record ContactSummaryDto(int Number, ContactRole Role, ContactRoleSource? RoleSource, bool DoNotContact, int? MergedIntoNumber,
    IReadOnlyList<ContactIdentityDto> Identities, int PendingMatches);

public sealed record ContactConversationDto(int CaseNumber, string ChannelKey, CaseStatus Status, string Summary, DateTimeOffset OpenedAt, int Posts, bool IsPublic);

public sealed record ContactConsentDto(Guid Id, string ChannelKey, string Purpose, string Decision, string TextVersion, DateTimeOffset CapturedAt, DateTimeOffset? WithdrawnAt);

/// <summary>A registration the person submitted with one of the profile's e-mail addresses.</summary>
public sealed record ContactRegistrationDto(Guid Id, string Brand, string Form, int FormVersion, string Consent, string? EmailVerifiedBy, DateTimeOffset SubmittedAt);

public sealed record ContactAuditDto(DateTimeOffset At, string Actor, string Action, string? Reason);

public sealed record ContactMergeDto(Guid Id, int SurvivorNumber, int MergedNumber, int Identities, string Reason, string MergedBy, DateTimeOffset MergedAt,
    DateTimeOffset? UndoneAt, string? UndoReason);

public sealed record ContactMatchDto(Guid Id, int OtherNumber, string Evidence, ContactMatchStatus Status, DateTimeOffset ProposedAt);

public sealed record ContactProfileDto(
    Guid Id,
    int Number,
    ContactRole Role,
    ContactRoleSource? RoleSource,
    string? PreferredChannel,
    string? Language,
    bool DoNotContact,
    bool LimitSensitiveDataUse,
    int? MergedIntoNumber,
    IReadOnlyList<ContactIdentityDto> Identities,
    IReadOnlyList<ContactConversationDto> Conversations,
    IReadOnlyList<ContactConsentDto> Consents,
    IReadOnlyList<ContactMergeDto> Merges,
    IReadOnlyList<ContactMatchDto> Matches,
    IReadOnlyList<ContactAuditDto> History,
    IReadOnlyList<ContactRegistrationDto> Registrations);
