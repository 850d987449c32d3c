using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Anomalies;
using CareDesk.Domain.Listening.Rules;

namespace CareDesk.Domain.Listening.Crisis;

/// <summary>
/// Where a brand team works a listening alert that turned into a crisis: the alert's posts, the brand's playbook
/// and a timeline of what was done. Timeline entries are appended, never changed.
/// </summary>
public sealed class CrisisRoom
{
    public const int MaxTitleLength = 200;

    private CrisisRoom()
    {
        Title = string.Empty;
        OpenedBy = string.Empty;
        Timeline = [];
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public Guid BrandId { get; private set; }

    public Guid AlertId { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public string OpenedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public List<CrisisAction> Timeline { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public static CrisisRoom Open(int number, ListeningAlert alert, string title, string userName, DateTimeOffset at)
    {
        var room = new CrisisRoom
        {
            Id = Guid.NewGuid(),
            Number = number,
            BrandId = alert.BrandId,
            AlertId = alert.Id,
            Title = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title,
            OpenedAt = at,
            OpenedBy = userName,
        };
        room.Timeline.Add(CrisisAction.Record(room.Id, CrisisActionKind.Opened, $"Opened from {alert.Kind} alert (severity {alert.Severity}).", userName, at));
        alert.LinkCrisisRoom(room.Id);
        return room;
    }

    public CrisisAction Record(CrisisActionKind kind, string text, string userName, DateTimeOffset at)
    {
        BusinessRules.Check(new CrisisRoomMustBeOpenRule(this));
        var action = CrisisAction.Record(Id, kind, text, userName, at);
        Timeline.Add(action);
        if (kind == CrisisActionKind.Closed)
        {
            ClosedAt = at;
        }

        return action;
    }
}
