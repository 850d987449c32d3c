using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Rules;

namespace CareDesk.Domain.Listening.Crisis;

public enum CrisisActionKind
{
    Opened,
    Note,
    HoldingStatementUsed,
    Escalated,
    Closed,
}

/// <summary>One line of a crisis room's timeline: who did what, when.</summary>
public sealed class CrisisAction
{
    public const int MaxTextLength = 2000;

    private CrisisAction()
    {
        Text = string.Empty;
        Actor = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RoomId { get; private set; }

    public CrisisActionKind Kind { get; private set; }

    public string Text { get; private set; }

    public string Actor { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static CrisisAction Record(Guid roomId, CrisisActionKind kind, string text, string actor, DateTimeOffset at)
    {
        BusinessRules.Check(new CrisisActionTextMustFitRule(text));
        return new CrisisAction { Id = Guid.NewGuid(), RoomId = roomId, Kind = kind, Text = text.Trim(), Actor = actor, At = at };
    }
}
