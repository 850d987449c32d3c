using CareDesk.Domain.Common;
using CareDesk.Domain.Moderation.Rules;

namespace CareDesk.Domain.Moderation;

/// <summary>
/// A comment on a moderated owned page: what the page shows of it, why, the human explanation, and the person's
/// screening decision (AE, product complaint, MI request). Hiding or removing never touches the post, its case or its
/// screening record (R12); only a screened comment may be hidden, published or removed by hand.
/// </summary>
public sealed class ModeratedItem
{
    public const int MaxNoteLength = 500;

    private ModeratedItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid PostId { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid ChannelId { get; private set; }

    public ModerationState State { get; private set; }

    public ModerationReason? Reason { get; private set; }

    /// <summary>What the author and the page see about a hidden or removed comment, in plain words.</summary>
    public string? Explanation { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset? ScreenedAt { get; private set; }

    public string? ScreenedBy { get; private set; }

    public bool? ScreenedAdverseEvent { get; private set; }

    public bool? ScreenedProductComplaint { get; private set; }

    public bool? ScreenedMedicalInquiry { get; private set; }

    /// <summary>The change still to be made on the network (hide, unhide, remove); null once delivered.</summary>
    public PlatformModerationAction? PendingAction { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string? ChangedBy { get; private set; }

    public bool IsScreened => ScreenedAt is not null;

    public bool AwaitsScreening => !IsScreened && State != ModerationState.Removed;

    public static ModeratedItem Arrive(Guid postId, Guid caseId, Guid channelId, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), PostId = postId, CaseId = caseId, ChannelId = channelId, State = ModerationState.Visible, CreatedAt = at, ChangedAt = at };

    /// <summary>A filter or pre-moderation hides the comment on arrival; it stays in screening like any other.</summary>
    public void HoldBack(ModerationReason reason, string explanation, DateTimeOffset at)
    {
        State = ModerationState.Hidden;
        Reason = reason;
        Explanation = explanation;
        PendingAction = PlatformModerationAction.Hide;
        ChangedAt = at;
    }

    public void RecordScreening(bool adverseEvent, bool productComplaint, bool medicalInquiry, string by, DateTimeOffset at)
    {
        ScreenedAdverseEvent = adverseEvent;
        ScreenedProductComplaint = productComplaint;
        ScreenedMedicalInquiry = medicalInquiry;
        ScreenedBy = by;
        ScreenedAt = at;
        Touch(by, at);
    }

    /// <summary>Shows a screened comment again (pre-moderation release, or a filter's false alarm).</summary>
    public void Publish(string by, DateTimeOffset at)
    {
        BusinessRules.Check(new ModerationNeedsScreeningDecisionRule(this, "publish it"));
        BusinessRules.Check(new ModeratedItemMustNotBeRemovedRule(this));
        if (State == ModerationState.Hidden)
        {
            PendingAction = PendingAction == PlatformModerationAction.Hide ? null : PlatformModerationAction.Unhide;
        }

        State = ModerationState.Visible;
        Reason = null;
        Explanation = null;
        Touch(by, at);
    }

    public void Hide(ModerationReason reason, string explanation, string? note, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new ModerationNeedsScreeningDecisionRule(this, "hide it"));
        BusinessRules.Check(new ModeratedItemMustNotBeRemovedRule(this));
        BusinessRules.Check(new ModerationNeedsReasonRule(note));
        if (State == ModerationState.Visible)
        {
            PendingAction = PendingAction == PlatformModerationAction.Unhide ? null : PlatformModerationAction.Hide;
        }

        State = ModerationState.Hidden;
        Reason = reason;
        Explanation = explanation;
        Note = note!.Trim();
        Touch(by, at);
    }

    /// <summary>Deletes on the platform: only after screening, and an AE only once pharmacovigilance has it.</summary>
    public void Remove(string explanation, string? note, bool escalatedToPv, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new ModerationNeedsScreeningDecisionRule(this, "delete it"));
        BusinessRules.Check(new AdverseEventMustReachPvBeforeRemovalRule(this, escalatedToPv));
        BusinessRules.Check(new ModeratedItemMustNotBeRemovedRule(this));
        BusinessRules.Check(new ModerationNeedsReasonRule(note));
        State = ModerationState.Removed;
        Reason ??= ModerationReason.CommunityGuidelines;
        Explanation = explanation;
        Note = note!.Trim();
        PendingAction = PlatformModerationAction.Remove;
        Touch(by, at);
    }

    public void MarkDelivered(DateTimeOffset at)
    {
        PendingAction = null;
        ChangedAt = at;
    }

    private void Touch(string by, DateTimeOffset at)
    {
        ChangedBy = by;
        ChangedAt = at;
    }
}
