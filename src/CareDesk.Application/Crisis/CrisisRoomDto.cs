using CareDesk.Application.Listening;
using CareDesk.Domain.Listening.Crisis;

namespace CareDesk.Application.Crisis;

/// <summary>A post behind the alert. The author is a pseudonym here too; the case link leads to the full record for those who work it.</summary>
public sealed record CrisisPostDto(Guid PostId, int CaseNumber, string Channel, string AuthorPseudonym, DateTimeOffset PostedAt, string Text, string Sentiment);

public sealed record HoldingStatementDto(Guid TemplateId, string Name, string JobCode, string MaterialId, string Body, DateOnly ExpiresOn);

public sealed record CrisisPlaybookDto(string Brand, IReadOnlyList<HoldingStatementDto> HoldingStatements, IReadOnlyList<RosterMember> Roster, string Guidance, DateTimeOffset? UpdatedAt);

public sealed record CrisisActionDto(DateTimeOffset At, CrisisActionKind Kind, string Actor, string Text);

public sealed record CrisisRoomDto(Guid Id, int Number, string Title, string Brand, DateTimeOffset OpenedAt, string OpenedBy, DateTimeOffset? ClosedAt,
    ListeningAlertDto Alert, IReadOnlyList<CrisisPostDto> Posts, CrisisPlaybookDto Playbook, IReadOnlyList<CrisisActionDto> Timeline);
