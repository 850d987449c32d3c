using CareDesk.Domain.Common;

namespace CareDesk.Domain.Moderation.Rules;

/// <summary>A removed comment is gone from the page for good, so the moderator says which guideline it broke.</summary>
public sealed class ModerationNeedsReasonRule(string? note) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(note) || note.Length > ModeratedItem.MaxNoteLength;

    public string Message => $"Say which guideline the comment breaks (at most {ModeratedItem.MaxNoteLength} characters).";

    public string? Field => "note";
}
