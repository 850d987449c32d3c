using CareDesk.Domain.Common;
using CareDesk.Domain.Contacts.Rules;

namespace CareDesk.Domain.Contacts;

/// <summary>
/// A manual merge of one profile into another, with the exact identities it moved, so unmerging moves back those and
/// no others (identities added to the survivor later stay with it).
/// </summary>
public sealed class ContactMerge
{
    public const int MaxReasonLength = 500;

    private ContactMerge()
    {
        IdentityIds = [];
        Reason = MergedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid SurvivorId { get; private set; }

    public Guid MergedId { get; private set; }

    public List<Guid> IdentityIds { get; private set; }

    public string Reason { get; private set; }

    public string MergedBy { get; private set; }

    public DateTimeOffset MergedAt { get; private set; }

    public DateTimeOffset? UndoneAt { get; private set; }

    public string? UndoneBy { get; private set; }

    public string? UndoReason { get; private set; }

    public static ContactMerge Record(ContactProfile survivor, ContactProfile merged, IEnumerable<Guid> identityIds, string reason, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new ProfileChangeNeedsAReasonRule(reason));
        return new ContactMerge
        {
            Id = Guid.NewGuid(),
            SurvivorId = survivor.Id,
            MergedId = merged.Id,
            IdentityIds = [.. identityIds],
            Reason = reason.Trim(),
            MergedBy = by,
            MergedAt = at,
        };
    }

    public void Undo(string reason, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new ProfileChangeNeedsAReasonRule(reason));
        BusinessRules.Check(new MergeCanBeUndoneOnceRule(this));
        UndoneAt = at;
        UndoneBy = by;
        UndoReason = reason.Trim();
    }
}
