namespace CareDesk.Domain.Contacts;

/// <summary>A person on a brand team's key-opinion-leader list for one therapy area; replies to them take the stricter approval path.</summary>
public sealed class KeyOpinionLeader
{
    public const int MaxTherapyAreaLength = 100;

    private KeyOpinionLeader()
    {
        TherapyArea = string.Empty;
        AddedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProfileId { get; private set; }

    public string TherapyArea { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public static KeyOpinionLeader Add(Guid profileId, string therapyArea, string by, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), ProfileId = profileId, TherapyArea = therapyArea.Trim(), AddedBy = by, AddedAt = at };
}
